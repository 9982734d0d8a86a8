package io.pipelinestudio.runtime.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records as RFC 4180 reads them: a quoted field may span lines; a stray quote costs one line only. */
class CsvRecordFormatTest {
    private static List<String> records(String text) throws IOException {
        CsvRecordFormat.RecordReader reader = new CsvRecordFormat.RecordReader(
                new BufferedReader(new StringReader(text)), ',');
        List<String> records = new ArrayList<>();
        for (String record = reader.read(); record != null; record = reader.read()) {
            records.add(record);
        }
        return records;
    }

    @Test
    void aQuotedFieldWithLineBreaksIsOneRecord() throws IOException {
        assertThat(records("a,1\n\"two\nlines\",2\r\n\"three\n\n\"\"lines\"\"\",3\nb,4\n"))
                .containsExactly("a,1", "\"two\nlines\",2", "\"three\n\n\"\"lines\"\"\",3", "b,4");
    }

    @Test
    void aQuoteThatNeverClosesCostsItsOwnLineOnly() throws IOException {
        StringBuilder text = new StringBuilder("\"open,1\n");
        for (int i = 0; i < 150; i++) {
            text.append("k").append(i).append(',').append(i).append('\n');
        }

        List<String> records = records(text.toString());

        assertThat(records).hasSize(151).startsWith("\"open,1", "k0,0").endsWith("k149,149");
    }

    @Test
    void aQuoteClosedWithTextAfterItJoinsNothing() throws IOException {
        assertThat(records("\"s1,1\nk,2\n\"s1\"x,3\nk,4\n")).containsExactly("\"s1,1", "k,2", "\"s1\"x,3", "k,4");
    }

    @Test
    void quotesInsideAnUnquotedFieldAndEscapedQuotesOpenNothing() throws IOException {
        assertThat(records("say \"hi\",1\n\"a \"\"b\"\" c\",2\nx\"y,3\n"))
                .containsExactly("say \"hi\",1", "\"a \"\"b\"\" c\",2", "x\"y,3");
    }

    @Test
    void aQuoteStillOpenAtTheEndOfTheFileLeavesTheOtherLinesAlone() throws IOException {
        assertThat(records("a,1\n\"b,2\nc,3")).containsExactly("a,1", "\"b,2", "c,3");
    }
}
