package org.newsgraph.nlp;

import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.newsgraph.source.Document;

/**
 * A document with its CoreNLP annotations: tokens, sentences, named entities with SUTime dates resolved
 * against the publication date, dependency parses of the sentences that can carry a fact, and quotes.
 */
public record AnnotatedArticle(Document document, Annotation annotation) {

    public List<CoreMap> sentences() {
        return annotation.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** Quotes in text order, as CoreNLP's quote annotator found them (spanning sentences and paragraphs). */
    public List<CoreMap> quotes() {
        List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
        return quotes == null ? List.of() : quotes;
    }

    public String text() {
        return annotation.get(CoreAnnotations.TextAnnotation.class);
    }
}
