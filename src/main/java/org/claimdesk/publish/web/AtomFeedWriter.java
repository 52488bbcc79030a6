package org.claimdesk.publish.web;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.claimdesk.publish.FeedEntry;

/** Atom 1.0 (RFC 4287) with the JDK's StAX writer, which escapes every text and attribute. */
final class AtomFeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    String write(List<FeedEntry> entries, String organization, String feedUrl) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", feedUrl);
            text(xml, "title", organization + ": fact-checks and corrections");
            text(xml, "updated", (entries.isEmpty() ? Instant.EPOCH : entries.getFirst().at()).toString());
            xml.writeStartElement("author");
            text(xml, "name", organization);
            xml.writeEndElement();
            link(xml, "self", feedUrl);
            for (FeedEntry e : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", e.id());
                text(xml, "title", e.title());
                text(xml, "updated", e.at().toString());
                text(xml, "published", e.at().toString());
                link(xml, "alternate", e.link());
                xml.writeStartElement("category");
                xml.writeAttribute("term", e.kind().name().toLowerCase(java.util.Locale.ROOT));
                xml.writeEndElement();
                text(xml, "summary", e.summary());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    /** Drops the characters XML 1.0 cannot carry at all (most control characters), which stored text may hold. */
    static String xmlSafe(String value) {
        return value == null ? "" : value.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "");
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeStartElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeEndElement();
    }
}
