// The gateway's binary frames: a round trip, and malformed frames refused with a reason.
import t from 'tap';
import { BinaryFrameError, readBinaryFrame, writeBinaryFrame } from '../../src/gateway/ws/binaryFrame.js';

t.test('header and payloads round-trip; null parts take no bytes', async (t) => {
  const frame = Buffer.from(writeBinaryFrame({ op: 'produce', keyLength: 2, valueLength: -1 }, [Buffer.from('ke'), null, Buffer.from([0, 255])]));
  const { header, payload } = readBinaryFrame(frame);
  t.same(header, { op: 'produce', keyLength: 2, valueLength: -1 });
  t.same([...payload], [0x6b, 0x65, 0, 255]);
});

t.test('malformed frames are refused', async (t) => {
  t.throws(() => readBinaryFrame(Buffer.from([0, 0])), BinaryFrameError);
  t.throws(() => readBinaryFrame(Buffer.from([0, 0, 0, 9, 0x7b])), /exceeds the frame/);
  const notJson = Buffer.concat([Buffer.from([0, 0, 0, 3]), Buffer.from('{{{')]);
  t.throws(() => readBinaryFrame(notJson), /not valid JSON/);
});
