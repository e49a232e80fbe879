package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CoreNLP's fine-grained NER mapping (the KBP gazetteers that tag TITLE, COUNTRY, NATIONALITY and so on) without the
 * 533,000 lower-cased city names of its caseless list. Matching those names took about three quarters of all
 * tagging time; extraction reads CITY, LOCATION and the other place tags alike, as places. The cased list, with the
 * well-known cities, stays. The filtered list is written once per process to a temporary file.
 */
final class FineGrainedGazetteer {

    static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

    private static String mapping;

    private FineGrainedGazetteer() {
    }

    /** The value of {@code ner.fine.regexner.mapping}: CoreNLP's default options and files, the caseless one filtered. */
    static synchronized String mapping() {
        if (mapping == null) {
            mapping = "ignorecase=true,validpospattern=(NN|JJ|ADD).*," + withoutCities() + ";" + CASED;
        }
        return mapping;
    }

    private static String withoutCities() {
        try (InputStream in = FineGrainedGazetteer.class.getClassLoader().getResourceAsStream(CASELESS)) {
            if (in == null) {
                return CASELESS;
            }
            Path file = Files.createTempFile("newsgraph-regexner-caseless", ".tab");
            file.toFile().deleteOnExit();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                 BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab < 0 || !line.startsWith("CITY\t", tab + 1)) {
                        w.write(line);
                        w.newLine();
                    }
                }
            }
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the fine-grained NER list", e);
        }
    }
}
