// The SSH wire format of RFC 4251 §5: reading `string` and `mpint` fields, and writing them back
// canonically — an mpint with no superfluous leading zero bytes — which is the encoding OpenSSH
// fingerprints, whatever padding the pasted key carried.

/** Reads `string` and `mpint` fields; throws past the end of the blob. */
export class WireReader {
  private offset = 0;
  private readonly blob: Buffer;

  constructor(blob: Buffer) {
    this.blob = blob;
  }

  string(): Buffer {
    if (this.offset + 4 > this.blob.length) {
      throw new Error("truncated length");
    }
    const length = this.blob.readUInt32BE(this.offset);
    const start = this.offset + 4;
    if (start + length > this.blob.length) {
      throw new Error("truncated field");
    }
    this.offset = start + length;
    return this.blob.subarray(start, start + length);
  }

  /** A non-negative mpint as its unsigned big-endian magnitude, leading zeros removed. */
  mpint(): Buffer {
    const value = this.string();
    if ((value[0] ?? 0) & 0x80) {
      throw new Error("negative mpint");
    }
    return stripLeadingZeros(value);
  }

  remaining(): number {
    return this.blob.length - this.offset;
  }
}

export function stripLeadingZeros(value: Buffer): Buffer {
  let index = 0;
  while (index < value.length && value[index] === 0) {
    index += 1;
  }
  return value.subarray(index);
}

export function wireString(value: Buffer | string): Buffer {
  const bytes = typeof value === "string" ? Buffer.from(value, "utf8") : value;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** RFC 4251 §5: minimal two's complement; a zero byte only where the high bit would be set. */
export function wireMpint(unsigned: Buffer): Buffer {
  const magnitude = stripLeadingZeros(unsigned);
  const needsPad = magnitude.length > 0 && ((magnitude[0] ?? 0) & 0x80) !== 0;
  return wireString(needsPad ? Buffer.concat([Buffer.from([0]), magnitude]) : magnitude);
}

export function bitLength(unsigned: Buffer): number {
  const magnitude = stripLeadingZeros(unsigned);
  if (magnitude.length === 0) {
    return 0;
  }
  return (magnitude.length - 1) * 8 + (32 - Math.clz32(magnitude[0] ?? 0));
}
