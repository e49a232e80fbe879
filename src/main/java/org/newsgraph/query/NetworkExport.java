package org.newsgraph.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Network} for graph tools: GraphML for Gephi and yEd, or CSV node and edge tables in the column
 * names Gephi's spreadsheet import recognizes ({@code Id}, {@code Label}, {@code Source}, {@code Target},
 * {@code Type}, {@code Weight}). Output is UTF-8; the same network gives the same bytes.
 *
 * <p>GraphML nodes carry {@code label} (the actor's name), {@code type}, {@code hub}, {@code rank}, {@code degree}
 * and {@code weightedDegree}; edges are undirected and carry {@code weight} (events shared) and {@code kinds}
 * (the kinds of those events, space-separated). In yEd, map {@code label} to the node label with Edit &gt;
 * Properties Mapper.
 */
public final class NetworkExport {

    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private NetworkExport() {
    }

    /** The network as a GraphML document. The stream is flushed, not closed. */
    public static void writeGraphMl(Network network, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(GRAPHML);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation",
                    GRAPHML + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            xml.writeCharacters("\n");
            key(xml, "label", "node", "string");
            key(xml, "type", "node", "string");
            key(xml, "hub", "node", "boolean");
            key(xml, "rank", "node", "int");
            key(xml, "degree", "node", "int");
            key(xml, "weightedDegree", "node", "int");
            key(xml, "weight", "edge", "double");
            key(xml, "kinds", "edge", "string");
            xml.writeCharacters("  ");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "newsgraph");
            xml.writeAttribute("edgedefault", "undirected");
            xml.writeCharacters("\n");
            for (Network.Node n : network.nodes()) {
                xml.writeCharacters("    ");
                xml.writeStartElement("node");
                xml.writeAttribute("id", clean(n.id()));
                data(xml, "label", n.name());
                data(xml, "type", n.type());
                data(xml, "hub", Boolean.toString(n.hub()));
                data(xml, "rank", Integer.toString(n.rank()));
                data(xml, "degree", Integer.toString(n.degree()));
                data(xml, "weightedDegree", Integer.toString(n.weight()));
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            int i = 0;
            for (Network.Link l : network.links()) {
                xml.writeCharacters("    ");
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + i++);
                xml.writeAttribute("source", clean(l.from().id()));
                xml.writeAttribute("target", clean(l.to().id()));
                data(xml, "weight", Integer.toString(l.events()));
                data(xml, "kinds", String.join(" ", l.kinds()));
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeCharacters("  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GraphML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nodes as CSV: {@code Id,Label,Type,Hub,Rank,Degree,WeightedDegree}. The stream is flushed, not closed. */
    public static void writeNodesCsv(Network network, OutputStream out) {
        csv(out, List.of("Id", "Label", "Type", "Hub", "Rank", "Degree", "WeightedDegree"),
                network.nodes().stream().map(n -> List.of(n.id(), nullToEmpty(n.name()), nullToEmpty(n.type()),
                        Boolean.toString(n.hub()), Integer.toString(n.rank()), Integer.toString(n.degree()),
                        Integer.toString(n.weight()))).toList());
    }

    /** The links as CSV: {@code Source,Target,Type,Weight,Kinds} (Type is always Undirected). Flushed, not closed. */
    public static void writeEdgesCsv(Network network, OutputStream out) {
        csv(out, List.of("Source", "Target", "Type", "Weight", "Kinds"),
                network.links().stream().map(l -> List.of(l.from().id(), l.to().id(), "Undirected",
                        Integer.toString(l.events()), String.join(" ", l.kinds()))).toList());
    }

    private static void key(XMLStreamWriter xml, String id, String forWhat, String type) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", forWhat);
        xml.writeAttribute("attr.name", id);
        xml.writeAttribute("attr.type", type);
        xml.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    /**
     * The writer escapes markup ({@code < & > "}) but passes through characters XML 1.0 cannot hold at all (most
     * control characters, lone surrogates), which would make the file unreadable: they are dropped.
     */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
            if (allowed) {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    private static void csv(OutputStream out, List<String> header, List<List<String>> rows) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(line(header));
            for (List<String> row : rows) {
                w.write(line(row));
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> cells) {
        return cells.stream().map(NetworkExport::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    private static String csvCell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
