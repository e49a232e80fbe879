package org.newsgraph;

/** Told about each article as ingestion finishes it, e.g. to draw a progress bar. */
@FunctionalInterface
public interface IngestListener {

    /**
     * @param result what happened to the article
     * @param done   articles finished so far, this one included
     * @param total  articles in the run (files found, plus paths that do not exist)
     */
    void onArticle(ArticleResult result, int done, int total);
}
