package io.pipelinestudio.runtime.io;

import java.util.function.Consumer;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/** Hands a watched stream's records to a live listener and writes nothing anywhere. */
public final class TapSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;
    private final SinkTap<T> tap;

    public TapSink(SinkTap<T> tap) {
        this.tap = tap;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        Consumer<T> receiver = tap.open();
        return new SinkWriter<>() {
            @Override
            public void write(T record, Context ctx) {
                if (receiver != null) {
                    receiver.accept(record);
                }
            }

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }
}
