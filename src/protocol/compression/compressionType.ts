// The codec ids carried in bits 0-2 of a record batch's attributes (Kafka's CompressionType).
export const CompressionType = {
  None: 0,
  Gzip: 1,
  Snappy: 2,
  Lz4: 3,
  Zstd: 4,
} as const;

export type CompressionType = (typeof CompressionType)[keyof typeof CompressionType];

const names: Record<CompressionType, string> = { 0: 'none', 1: 'gzip', 2: 'snappy', 3: 'lz4', 4: 'zstd' };

export function isCompressionType(id: number): id is CompressionType {
  return Number.isInteger(id) && id >= CompressionType.None && id <= CompressionType.Zstd;
}

/** The name Kafka uses in `compression.type` configs and logs. */
export function compressionName(type: CompressionType): string {
  return names[type];
}
