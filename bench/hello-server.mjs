// The baseline of bench:status: a hello-world route on a bare Fastify server, in its own process
// (as Herald is), on the port given. Prints "listening" when ready.
import Fastify from 'fastify';

const app = Fastify();
app.get('/hello', async () => 'hello world');
await app.listen({ host: '127.0.0.1', port: Number(process.argv[2]) });
process.stdout.write('listening\n');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
