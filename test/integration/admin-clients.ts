// The admin clients the admin-* integration tests drive, connected to one broker and closed when
// the test ends: kafkajs's admin, @platformatic/kafka's admin, and a @platformatic/kafka protocol
// connection for requests no admin client sends (other broker ids, empty resource names, bad
// endpoint types).
import { Admin, Connection } from '@platformatic/kafka';
import kafkajsModule, { type Admin as KafkajsAdmin } from 'kafkajs';
import type { BrokerProcess, TeardownHost } from '../helpers/broker.js';

const { Kafka, logLevel } = kafkajsModule;

export interface AdminClients {
  kafkajs: KafkajsAdmin;
  platformatic: Admin;
  connection: Connection;
}

export async function adminClients(t: TeardownHost, broker: BrokerProcess, clientId: string): Promise<AdminClients> {
  const kafkajs = new Kafka({ clientId, brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 2 } }).admin();
  await kafkajs.connect();
  const platformatic = new Admin({ clientId, bootstrapBrokers: [broker.bootstrap], retries: 0 });
  const connection = new Connection(clientId);
  await connection.connect('127.0.0.1', broker.port);
  t.teardown(async () => {
    await kafkajs.disconnect();
    await platformatic.close();
    await connection.close();
  });
  return { kafkajs, platformatic, connection };
}

/**
 * The decoded response of a @platformatic/kafka protocol call, also when it carries errors (the
 * library then throws, keeping the response on the error).
 */
export async function responseOf<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    const response = (err as { response?: T }).response;
    if (response === undefined) throw err;
    return response;
  }
}
