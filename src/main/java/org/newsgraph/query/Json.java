package org.newsgraph.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON as newsgraph writes it: records with their fields in declaration order, nulls kept, two-space indent and
 * {@code \n} line ends on every platform, so that the same graph gives the same bytes.
 */
public final class Json {

    private static final ObjectWriter WRITER = writer();

    private Json() {
    }

    private static ObjectWriter writer() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return mapper.writer().with(pretty);
    }

    /** Writes the value and a final line end; leaves the stream open (it may be standard output). */
    public static void write(Object value, OutputStream out) {
        WRITER.writeValue(out, value);
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
