package io.parcours.imports;

import io.parcours.common.Problem;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Passes an upload through while checking that it is UTF-8, as PostgreSQL's COPY requires: a file
 * saved in Latin-1 or Windows-1252 is refused at once, naming its first bad line, instead of
 * failing later with the database's own words.
 */
final class Utf8Check extends FilterOutputStream {

  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private long line = 1;

  Utf8Check(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    while (len > 0) {
      int n = Math.min(bytes.remaining(), len);
      bytes.put(b, off, n);
      off += n;
      len -= n;
      bytes.flip();
      decode(false);
      bytes.compact();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      bytes.flip();
      decode(true);
      if (bytes.hasRemaining()) {
        throw refused();
      }
    } finally {
      super.close();
    }
  }

  private void decode(boolean end) {
    while (true) {
      chars.clear();
      CoderResult result = decoder.decode(bytes, chars, end);
      chars.flip();
      while (chars.hasRemaining()) {
        if (chars.get() == '\n') {
          line++;
        }
      }
      if (result.isError()) {
        throw refused();
      }
      if (result.isUnderflow()) {
        return;
      }
    }
  }

  private Problem refused() {
    return Problem.badRequest(
            "The file must be encoded in UTF-8; line " + line + " is not (save it as CSV UTF-8)")
        .with("line", line);
  }
}
