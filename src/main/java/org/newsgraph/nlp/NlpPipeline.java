package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.newsgraph.source.Document;

/**
 * CoreNLP, loaded once per process. Tokens, sentences (mended by {@link AffiliationJoiner}), POS, lemmas and
 * NER (with SUTime and the fine-grained classes that mark titles) run on the whole article; the dependency parser runs only on sentences short
 * enough to parse; the quote annotator finds quotes but leaves attribution to our rules, which know news
 * conventions ("…," the aide said) better than its fiction-trained sieves and need no coreference.
 */
public final class NlpPipeline {

    private final NlpSettings settings;
    /** Developer aid, off unless {@code -Dnewsgraph.nlp.cache=DIR} (see {@link AnnotationCache}). */
    private final AnnotationCache cache;
    private StanfordCoreNLP splitting;
    private StanfordCoreNLP tagging;
    private Annotator parser;
    private Annotator quotes;

    public NlpPipeline(NlpSettings settings) {
        this.settings = settings;
        this.cache = AnnotationCache.fromSystemProperty().orElse(null);
        if (cache == null) {
            load();
        }
    }

    /** Loads the models; with a cache, only when a text misses it. */
    private synchronized void load() {
        if (tagging != null) {
            return;
        }
        Properties props = baseProperties();
        props.setProperty("annotators", "tokenize,ssplit");
        this.splitting = new StanfordCoreNLP(props, false);
        props.setProperty("annotators", "pos,lemma,ner");
        this.quotes = new QuoteAnnotator("quote", props);
        this.parser = new DependencyParseAnnotator();
        this.tagging = new StanfordCoreNLP(props, false);  // last: its presence says the models are loaded
    }

    private static Properties baseProperties() {
        Properties props = new Properties();
        props.setProperty("tokenize.language", "en");
        // Keep "son-in-law", "28-point" and "Campbell-Savours" whole: split, a hyphenated surname becomes two names.
        props.setProperty("tokenize.options", "splitHyphenated=false");
        // Paragraphs (blank lines) always end a sentence; single newlines do not.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "true");
        props.setProperty("ner.fine.regexner.mapping", FineGrainedGazetteer.mapping());
        props.setProperty("ner.docdate.usePresent", "false");
        props.setProperty("quote.attributeQuotes", "false");
        props.setProperty("quote.extractUnclosedQuotes", "true");
        return props;
    }

    public NlpSettings settings() {
        return settings;
    }

    public AnnotatedArticle annotate(Document document) {
        if (cache == null) {
            return new AnnotatedArticle(document, annotateText(document));
        }
        String published = document.published() == null ? null : document.published().toString();
        String key = AnnotationCache.key(document.text(), published,
                "maxSentenceTokens=" + settings.maxSentenceTokens() + ";affiliations-joined;"
                        + new java.util.TreeMap<>(baseProperties()));
        Annotation annotation = cache.get(key).orElse(null);
        if (annotation == null) {
            load();
            annotation = annotateText(document);
            cache.put(key, annotation);
        }
        return new AnnotatedArticle(document, annotation);
    }

    private Annotation annotateText(Document document) {
        Annotation annotation = new Annotation(document.text());
        if (document.published() != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, document.published().toString());
        }
        splitting.annotate(annotation);
        AffiliationJoiner.join(annotation);
        tagging.annotate(annotation);
        parseShortSentences(annotation);
        quotes.annotate(annotation);
        return annotation;
    }

    /** Parses the sentences the parser can handle; longer ones keep no parse and yield no facts. */
    private void parseShortSentences(Annotation annotation) {
        List<CoreMap> toParse = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() <= settings.maxSentenceTokens()) {
                toParse.add(sentence);
            }
        }
        Annotation subset = new Annotation(annotation.get(CoreAnnotations.TextAnnotation.class));
        subset.set(CoreAnnotations.SentencesAnnotation.class, toParse);
        subset.set(CoreAnnotations.TokensAnnotation.class, annotation.get(CoreAnnotations.TokensAnnotation.class));
        parser.annotate(subset);
    }

    /** True when the parser produced a graph for the sentence. */
    public static boolean isParsed(CoreMap sentence) {
        return sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class) != null;
    }
}
