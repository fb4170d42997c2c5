const http = require('http');
const srv = http.createServer((req, res) => { let b=[]; req.on('data', d=>b.push(d)); req.on('end', ()=>{ console.log(req.method, req.url, JSON.stringify(req.headers)); console.log(JSON.stringify(Buffer.concat(b).toString('latin1'))); res.writeHead(200,{'content-type':'application/json'}).end('{}'); srv.close(); }); });
srv.listen(0, '127.0.0.1', async () => {
  const { Client, Storage, ID } = require('appwrite-13');
  const c = new Client().setEndpoint(`http://127.0.0.1:${srv.address().port}/v1`).setProject('p');
  try { await new Storage(c).createFile('b', 'f1', new File([Buffer.from('hello')], 'a.txt', { type: 'text/plain' }), ['read("any")']); } catch (e) { console.log('err', e.message); }
});
