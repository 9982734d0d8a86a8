package io.pipelinestudio.runtime.io;

import java.io.PrintStream;
import java.util.function.Consumer;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/** Prints records as lines on the standard output of the process running the job. */
public final class ConsoleSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;
    private final LineEncoder<T> encoder;
    private final SinkTap<T> tap;

    public ConsoleSink(LineEncoder<T> encoder, SinkTap<T> tap) {
        this.encoder = encoder;
        this.tap = tap;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        Consumer<T> receiver = tap.open();
        PrintStream out = System.out;
        return new SinkWriter<>() {
            @Override
            public void write(T record, Context ctx) {
                out.println(encoder.encode(record));
                if (receiver != null) {
                    receiver.accept(record);
                }
            }

            @Override
            public void flush(boolean endOfInput) {
                out.flush();
            }

            @Override
            public void close() {
                out.flush();
            }
        };
    }
}
