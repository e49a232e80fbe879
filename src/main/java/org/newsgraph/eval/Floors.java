package org.newsgraph.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Minimum micro-averaged values the evaluation must reach, read from a properties file such as
 * {@code eval-floors.properties}: one {@code category.metric=value} line per floor, e.g. {@code meetings.f1=0.50}.
 * A misspelled key is an error, not a floor silently ignored.
 */
public record Floors(List<Floor> floors) {

    public record Floor(Category category, Metric metric, double value) {
        public String key() {
            return category.key() + "." + metric.key();
        }
    }

    /** A measured value below its floor. */
    public record Violation(Floor floor, double measured) {
        public String message() {
            return String.format(Locale.ROOT, "%s = %.3f is below its floor %.3f", floor.key(), measured, floor.value());
        }
    }

    public Floors {
        floors = List.copyOf(floors);
    }

    public static Floors load(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    public static Floors parse(Reader in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        List<Floor> floors = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            int dot = key.indexOf('.');
            if (dot < 0) {
                throw new IllegalArgumentException("floor key '" + key + "' is not category.metric, e.g. meetings.f1");
            }
            Category category = Category.ofKey(key.substring(0, dot));
            Metric metric = Metric.ofKey(key.substring(dot + 1));
            floors.add(new Floor(category, metric, value(key, p.getProperty(key))));
        }
        floors.sort(Comparator.comparing(Floor::category).thenComparing(Floor::metric));
        return new Floors(floors);
    }

    private static double value(String key, String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (v >= 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the key
        }
        throw new IllegalArgumentException("floor " + key + "=" + text + " is not a number from 0 to 1");
    }

    /** The floors that the micro-averaged scores do not reach, in category and metric order. */
    public List<Violation> check(Map<Category, Score> micro) {
        List<Violation> out = new ArrayList<>();
        for (Floor f : floors) {
            double measured = micro.get(f.category()).get(f.metric());
            if (measured < f.value()) {
                out.add(new Violation(f, measured));
            }
        }
        return out;
    }
}
