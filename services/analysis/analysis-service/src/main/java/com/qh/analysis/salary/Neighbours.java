package com.qh.analysis.salary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The market vacancies whose titles are nearest a title: weighted Jaccard similarity of the stemmed title words, each
 * word weighted by its inverse document frequency, found through an inverted index (only vacancies sharing a word are
 * looked at). Immutable and thread-safe.
 */
final class Neighbours {

    /** A vacancy of the index and how near its title is, 0 to 1. */
    record Near(int row, double similarity) {
    }

    private final int[][] rowWords;

    private final int[][] postings;

    private final double[] idf;

    private final double[] rowWeight;

    Neighbours(int[][] rowWords, int vocabularySize) {
        this.rowWords = rowWords;
        int rows = rowWords.length;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(rows));
        int[] documentFrequency = new int[vocabularySize];
        for (int[] words : rowWords) {
            for (int word : words) {
                documentFrequency[word]++;
            }
        }
        this.idf = new double[vocabularySize];
        this.postings = new int[vocabularySize][];
        int[] filled = new int[vocabularySize];
        for (int word = 0; word < vocabularySize; word++) {
            idf[word] = Math.log(1 + (double) rowWords.length / Math.max(1, documentFrequency[word]));
            postings[word] = new int[documentFrequency[word]];
        }
        for (int row = 0; row < rowWords.length; row++) {
            for (int word : rowWords[row]) {
                postings[word][filled[word]++] = row;
            }
        }
        this.rowWeight = new double[rowWords.length];
        for (int row = 0; row < rowWords.length; row++) {
            rowWeight[row] = weight(rowWords[row]);
        }
    }

    /**
     * The nearest {@code limit} rows to the words, nearest first.
     *
     * @param words the title's word indexes (words the index does not know are left out by the caller, but count in
     *        {@code unknownWeight})
     * @param unknownWeight the weight of the title's words no row has, which makes every match less near
     * @param skip a row to leave out (the row itself, when its features are computed for training), or -1
     */
    List<Near> nearest(int[] words, double unknownWeight, int limit, int skip) {
        if (words.length == 0 || limit <= 0) {
            return List.of();
        }
        Scratch scratch = this.scratch.get();
        double[] common = scratch.common;
        int[] touched = scratch.touched;
        int count = 0;
        for (int word : words) {
            for (int row : postings[word]) {
                if (row == skip) {
                    continue;
                }
                if (common[row] == 0) {
                    touched[count++] = row;
                }
                common[row] += idf[word];
            }
        }
        double queryWeight = weight(words) + unknownWeight;
        // The nearest `limit` by a bounded min-heap: the worst kept on top.
        PriorityQueue<Near> kept = new PriorityQueue<>(limit + 1, WORST_FIRST);
        for (int i = 0; i < count; i++) {
            int row = touched[i];
            double similarity = common[row] / (queryWeight + rowWeight[row] - common[row]);
            common[row] = 0;
            Near near = new Near(row, similarity);
            if (kept.size() < limit) {
                kept.add(near);
            }
            else if (WORST_FIRST.compare(near, kept.peek()) > 0) {
                kept.poll();
                kept.add(near);
            }
        }
        List<Near> nearest = new ArrayList<>(kept);
        nearest.sort(WORST_FIRST.reversed());
        return nearest;
    }

    /** Lower similarity first; at equal similarity the later row is worse, so that answers are stable. */
    private static final Comparator<Near> WORST_FIRST = Comparator.comparingDouble(Near::similarity)
            .thenComparing(Near::row, Comparator.reverseOrder());

    private final ThreadLocal<Scratch> scratch;

    /** Per-thread accumulators, as long as the index, cleared as they are read. */
    private static final class Scratch {

        final double[] common;

        final int[] touched;

        Scratch(int rows) {
            this.common = new double[rows];
            this.touched = new int[rows];
        }
    }

    private double weight(int[] words) {
        double sum = 0;
        for (int word : words) {
            sum += idf[word];
        }
        return sum;
    }
}
