package io.pipelinestudio.runtime.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.Encoder;

/** Writes each record as one line of a part file, as a {@link LineEncoder} formats it, in UTF-8. */
public final class LineFileEncoder<T> implements Encoder<T> {
    private static final long serialVersionUID = 1L;
    private final LineEncoder<T> lines;

    public LineFileEncoder(LineEncoder<T> lines) {
        this.lines = lines;
    }

    @Override
    public void encode(T record, OutputStream stream) throws IOException {
        stream.write(lines.encode(record).getBytes(StandardCharsets.UTF_8));
        stream.write('\n');
    }
}
