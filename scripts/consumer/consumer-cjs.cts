// The same packages seen from CommonJS (require conditions, .d.cts declarations).
import core = require('@aw/core');
import role = require('@aw/core/role');
import account = require('@aw/account');
import databases = require('@aw/databases');

const name: role.RoleString = role.any();
const client = core.createClient({ endpoint: 'http://127.0.0.1:1/v1', project: 'p' });
const ops = [account.getCurrentUser, databases.listUserDocuments].length;
console.log(JSON.stringify({ role: name, permission: core.Permission.read(core.Role.users()), project: client.project, ops }));
