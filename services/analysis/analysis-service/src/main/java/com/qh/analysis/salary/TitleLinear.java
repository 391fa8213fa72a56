package com.qh.analysis.salary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * What each title word adds to the logarithm of pay, learnt together: a ridge regression (XGBoost's linear booster,
 * {@code gblinear}, its {@code shotgun} updater: coordinate descent is thirty times slower on 100,000 titles) of the log net monthly pay on the title's stemmed words and word pairs, the
 * city, its region, the experience bucket, the two together, employment and schedule. The nearest titles say what
 * titles like this one pay; this says what «старший», «ведущий» or «помощник» adds to any title, so a title whose words
 * the market has seen but never together still gets a figure built from them. Its prediction is one feature of
 * {@link SalaryModel}'s trees: out of fold for the training vacancies (the fold's own rows never in the fit), from a fit
 * on all of them for a query. Immutable and thread-safe once built.
 */
final class TitleLinear {

    /** How many vacancies' worth of evidence pulls a feature's weight to zero (ridge, in rows). */
    private static final double PSEUDO_ROWS = 2;

    private static final int ROUNDS = 30;

    private final int words;

    private final Map<String, Integer> keys = new HashMap<>();

    private final double[] outOfFold;

    private final Booster full;

    TitleLinear(List<MarketSalary> rows, int[][] rowWords, String[] wordNames, double[] target, int folds)
            throws XGBoostError {
        this.words = wordNames.length;
        Map<String, Integer> counts = new HashMap<>();
        List<List<String>> rowKeys = new ArrayList<>(rows.size());
        for (MarketSalary salary : rows) {
            List<String> facts = facts(salary.city(), salary.experience(), salary.employment(), salary.schedule());
            facts.forEach(key -> counts.merge(key, 1, Integer::sum));
            rowKeys.add(facts);
        }
        counts.entrySet().stream().filter(entry -> entry.getValue() >= 2).map(Map.Entry::getKey).sorted()
                .forEach(key -> keys.put(key, words + keys.size()));
        int[][] features = new int[rows.size()][];
        for (int row = 0; row < rows.size(); row++) {
            features[row] = features(rowWords[row], rowKeys.get(row));
        }
        double mean = Arrays.stream(target).average().orElse(0);
        this.outOfFold = new double[rows.size()];
        if (rows.size() >= folds * 2) {
            for (int fold = 0; fold < folds; fold++) {
                List<Integer> in = new ArrayList<>();
                List<Integer> out = new ArrayList<>();
                for (int row = 0; row < rows.size(); row++) {
                    (row % folds == fold ? out : in).add(row);
                }
                Booster booster = fit(features, target, in, mean);
                float[][] predicted = predict(booster, features, out);
                for (int i = 0; i < out.size(); i++) {
                    outOfFold[out.get(i)] = predicted[i][0];
                }
                booster.dispose();
            }
        }
        else {
            Arrays.fill(outOfFold, mean);
        }
        List<Integer> all = new ArrayList<>(rows.size());
        for (int row = 0; row < rows.size(); row++) {
            all.add(row);
        }
        this.full = fit(features, target, all, mean);
    }

    /** Each training vacancy's prediction by the fit that did not see its fold. */
    double[] outOfFold() {
        return outOfFold;
    }

    /** A query's prediction: its known title words (model vocabulary indexes) and its facts. */
    double predict(int[] titleWords, String city, Experience experience, String employment, String schedule) {
        int[][] one = { features(titleWords, facts(city, experience, employment, schedule)) };
        try {
            synchronized (full) {
                return predict(full, one, List.of(0))[0][0];
            }
        }
        catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not predict: " + e.getMessage(), e);
        }
    }

    private static List<String> facts(String city, Experience experience, String employment, String schedule) {
        List<String> facts = new ArrayList<>(6);
        String cityKey = Places.city(city);
        if (cityKey != null) {
            facts.add("c:" + cityKey);
            facts.add("r:" + Places.region(city));
        }
        if (experience != null) {
            facts.add("e:" + experience.name());
            if (cityKey != null) {
                facts.add("ce:" + cityKey + "|" + experience.name());
            }
        }
        if (employment != null) {
            facts.add("m:" + employment);
        }
        if (schedule != null) {
            facts.add("s:" + schedule);
        }
        return facts;
    }

    private int[] features(int[] titleWords, List<String> facts) {
        int[] features = Arrays.copyOf(titleWords, titleWords.length + facts.size());
        int count = titleWords.length;
        for (String fact : facts) {
            Integer feature = keys.get(fact);
            if (feature != null) {
                features[count++] = feature;
            }
        }
        features = Arrays.copyOf(features, count);
        Arrays.sort(features);
        return features;
    }

    private Booster fit(int[][] features, double[] target, List<Integer> rows, double mean) throws XGBoostError {
        DMatrix matrix = matrix(features, rows);
        float[] labels = new float[rows.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (float) target[rows.get(i)];
        }
        matrix.setLabel(labels);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("booster", "gblinear");
        parameters.put("objective", "reg:squarederror");
        parameters.put("updater", "shotgun");
        parameters.put("feature_selector", "cyclic");
        // XGBoost scales gblinear's penalties by the sum of instance weights: PSEUDO_ROWS rows' worth, whatever the size.
        parameters.put("lambda", PSEUDO_ROWS / rows.size());
        parameters.put("alpha", 0);
        parameters.put("eta", 0.8);
        parameters.put("base_score", mean);
        parameters.put("nthread", 1);
        parameters.put("verbosity", 0);
        Booster booster = XGBoost.train(matrix, parameters, ROUNDS, Map.of(), null, null);
        matrix.dispose();
        return booster;
    }

    private float[][] predict(Booster booster, int[][] features, List<Integer> rows) throws XGBoostError {
        DMatrix matrix = matrix(features, rows);
        float[][] predicted = booster.predict(matrix);
        matrix.dispose();
        return predicted;
    }

    private DMatrix matrix(int[][] features, List<Integer> rows) throws XGBoostError {
        int size = rows.stream().mapToInt(row -> features[row].length).sum();
        long[] headers = new long[rows.size() + 1];
        int[] indexes = new int[size];
        float[] data = new float[size];
        int at = 0;
        for (int i = 0; i < rows.size(); i++) {
            headers[i] = at;
            for (int feature : features[rows.get(i)]) {
                indexes[at] = feature;
                data[at++] = 1;
            }
        }
        headers[rows.size()] = at;
        return new DMatrix(headers, indexes, data, DMatrix.SparseType.CSR, words + keys.size());
    }
}
