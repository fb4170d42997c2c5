// A function that calls back into the project with node-appwrite and the key it was given as a
// variable, as Appwrite 1.5 functions do. The endpoint comes in the body (1.5 has no variable for it).
import { Client, Users } from 'node-appwrite';

export default async ({ req, res, log }) => {
  const { endpoint } = JSON.parse(req.bodyRaw || '{}');
  const client = new Client().setEndpoint(endpoint).setProject(process.env.APPWRITE_FUNCTION_PROJECT_ID).setKey(process.env.APPWRITE_API_KEY);
  const { total } = await new Users(client).list();
  log(`counted ${total} users`);
  return res.json({ total });
};
