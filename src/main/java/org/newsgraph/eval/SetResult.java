package org.newsgraph.eval;

import java.util.List;

/** The scores of one gold set, one result per category in {@link Category} order. */
public record SetResult(String id, List<CategoryResult> categories, List<TypeMismatch> typeMismatches) {

    public SetResult {
        categories = List.copyOf(categories);
        typeMismatches = List.copyOf(typeMismatches);
        if (categories.size() != Category.values().length) {
            throw new IllegalArgumentException("one result per category expected, got " + categories.size());
        }
    }

    public CategoryResult get(Category category) {
        return categories.get(category.ordinal());
    }
}
