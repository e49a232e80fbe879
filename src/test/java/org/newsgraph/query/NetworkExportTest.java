package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GraphML and CSV of a network, with names that need escaping; no database needed. */
class NetworkExportTest {

    private static final Network NETWORK = new Network(
            List.of(new Network.Node(1, "org-a&b", "Smith & Jones <Partners>", "ORGANIZATION", false, 2, 3),
                    new Network.Node(2, "per-1", "Anna \"Nan\" O'Hare, jr.", "PERSON", false, 1, 2),
                    new Network.Node(3, "plc-x", "Port\u0001 Ellery\nNorth", "PLACE", true, 1, 1)),
            List.of(new Network.Link(new ActorRef("org-a&b", "Smith & Jones <Partners>"),
                            new ActorRef("per-1", "Anna \"Nan\" O'Hare, jr."), 2, List.of("MEETING", "CRITICISM")),
                    new Network.Link(new ActorRef("org-a&b", "Smith & Jones <Partners>"),
                            new ActorRef("plc-x", "Port Ellery"), 1, List.of("ROLE"))));

    private static Document graphMl() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkExport.writeGraphMl(NETWORK, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String data(Element element, String key) {
        NodeList data = element.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(key)) {
                return d.getTextContent();
            }
        }
        return null;
    }

    @Test
    void graphMlParsesAndKeepsNamesExactly() throws Exception {
        Document doc = graphMl();
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(ns);

        Element graph = (Element) doc.getElementsByTagNameNS(ns, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");

        NodeList keys = doc.getElementsByTagNameNS(ns, "key");
        assertThat(keys.getLength()).isEqualTo(8);

        NodeList nodes = doc.getElementsByTagNameNS(ns, "node");
        assertThat(nodes.getLength()).isEqualTo(3);
        Element first = (Element) nodes.item(0);
        assertThat(first.getAttribute("id")).isEqualTo("org-a&b");
        assertThat(data(first, "label")).isEqualTo("Smith & Jones <Partners>");
        assertThat(data(first, "type")).isEqualTo("ORGANIZATION");
        assertThat(data(first, "rank")).isEqualTo("1");
        assertThat(data(first, "weightedDegree")).isEqualTo("3");
        assertThat(data((Element) nodes.item(1), "label")).isEqualTo("Anna \"Nan\" O'Hare, jr.");
        // A control character XML cannot hold is dropped; a line break is kept.
        assertThat(data((Element) nodes.item(2), "label")).isEqualTo("Port Ellery\nNorth");
        assertThat(data((Element) nodes.item(2), "hub")).isEqualTo("true");

        NodeList edges = doc.getElementsByTagNameNS(ns, "edge");
        assertThat(edges.getLength()).isEqualTo(2);
        Element edge = (Element) edges.item(0);
        assertThat(edge.getAttribute("source")).isEqualTo("org-a&b");
        assertThat(edge.getAttribute("target")).isEqualTo("per-1");
        assertThat(data(edge, "weight")).isEqualTo("2");
        assertThat(data(edge, "kinds")).isEqualTo("MEETING CRITICISM");
    }

    @Test
    void csvQuotesWhatNeedsQuoting() {
        ByteArrayOutputStream nodes = new ByteArrayOutputStream();
        NetworkExport.writeNodesCsv(NETWORK, nodes);
        assertThat(nodes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "Id,Label,Type,Hub,Rank,Degree,WeightedDegree\r\n"
                        + "org-a&b,Smith & Jones <Partners>,ORGANIZATION,false,1,2,3\r\n"
                        + "per-1,\"Anna \"\"Nan\"\" O'Hare, jr.\",PERSON,false,2,1,2\r\n"
                        + "plc-x,\"Port\u0001 Ellery\nNorth\",PLACE,true,3,1,1\r\n");

        ByteArrayOutputStream edges = new ByteArrayOutputStream();
        NetworkExport.writeEdgesCsv(NETWORK, edges);
        assertThat(edges.toString(StandardCharsets.UTF_8)).isEqualTo(
                "Source,Target,Type,Weight,Kinds\r\n"
                        + "org-a&b,per-1,Undirected,2,MEETING CRITICISM\r\n"
                        + "org-a&b,plc-x,Undirected,1,ROLE\r\n");
    }
}
