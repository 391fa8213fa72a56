package com.qh.analysis.salary;

import com.qh.analysis.salary.SalaryEstimate.Comparable;
import com.qh.analysis.salary.SalaryEstimate.Confidence;
import com.qh.skills.SkillMention;
import com.qh.skills.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Monthly pay learnt from the market store: XGBoost's quantile regression ({@code reg:quantileerror}) of the
 * logarithm of each vacancy's net monthly midpoint, at the 10th, 25th, 50th, 75th and 90th percentiles: the median in a booster of its own, the four around it in
 * another.
 *
 * <p>Features: the experience bucket; what the nearest titles pay (the median, the similarity-weighted mean and the
 * same-city median of the ten vacancies whose titles are most alike, see {@link Neighbours}, and how alike they are,
 * and the median of the twenty most alike once each is moved to the asker's city and experience, and their lower and
 * upper quartiles; the pay of the nearest title in the asker's city and of the same title there at the same experience);
 * the smoothed mean pay of the city, of the region, of the city and experience together and of the professional role;
 * what a ridge regression on the title's words and the vacancy's facts predicts ({@link TitleLinear}, out of fold
 * while training);
 * and one-hot the city, the role, employment, schedule, the skills the taxonomy finds in the title and their
 * categories, and the title's stemmed words that enough vacancies share to be split on. A vacancy's own row never
 * counts in its features while training (leave one out), and a vacancy paying over {@link #OUTLIER} times off its comparable titles is not learnt from,
 * so the model learns to trust its neighbours as much as they deserve on titles it has not seen.
 *
 * <p>Immutable and thread-safe once trained; a new market is a new model (see {@link SalaryEstimates}).
 */
public final class SalaryModel {

    static final int NEIGHBOURS = 10;

    /**
     * Without a title at least this alike, there is nothing to estimate from. Titles are compared by their words and
     * their adjacent word pairs (see {@link TitleWords#terms}), so a title sharing one word of three reads about half as
     * alike as by words alone: 0.05 refuses the same titles 0.1 did by words (36 of 3,723 in cross-validation).
     */
    static final double RELATED = 0.05;

    /** A vacancy paying more than this many times more or less than its comparable titles is not learnt from. */
    static final double OUTLIER = 3;

    /** Comparables nearer than this count in the sample size. */
    static final double COMPARABLE = 0.45;

    /**
     * The quantile levels learnt besides the median, read as p10, p25, p75 and p90. The outer two are 0.05 and 0.95: trees fitted
     * to a few thousand vacancies are surer of themselves than the market is, and their 10th–90th band held only 69 %
     * of true midpoints in cross-validation; the 5th–95th holds 78 %, what a p10–p90 band should (docs/benchmarks.md).
     */
    private static final float[] OUTER = { 0.05f, 0.25f, 0.75f, 0.95f };

    /**
     * Rounds and learning rate of the four quantiles around the median, in a booster of their own: the median, the
     * figure users read and the benchmark scores, is grown slower and longer ({@link Settings#rounds()},
     * {@link Settings#eta()}), and these half as many rounds at twice the rate keep the training time where it was.
     */
    private static final int OUTER_ROUNDS = 150;

    private static final double OUTER_ETA = 0.1;

    private static final int DENSE = 24;

    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.builtIn();

    /**
     * The most vacancies one tree is grown on: each tree sees a random 80 % of a market up to 62,500 vacancies and
     * this many of a larger one, so that a market of 100,000 trains within a minute on two cores; tens of thousands
     * of vacancies are plenty for a depth-4 tree, and every vacancy still serves in some trees and as a neighbour.
     */
    private static final int SAMPLED_ROWS = 50_000;

    /** Folds of the out-of-fold group means while training. */
    private static final int FOLDS = 5;

    /**
     * How a model is trained.
     *
     * @param rounds boosting rounds of the median's booster
     * @param maxDepth the trees' depth
     * @param eta the median's learning rate
     * @param minWordCount a title word becomes a feature of its own when this many vacancies have it
     * @param minCityCount a city becomes a feature of its own when this many vacancies are in it
     * @param minChildWeight the fewest vacancies a leaf may stand on
     * @param smoothing the weight of the market's mean in a group's smoothed mean (an m-estimate)
     * @param minMonthly the least monthly pay in roubles a vacancy may offer to be learnt from
     * @param maxMonthly the most
     */
    public record Settings(int rounds, int maxDepth, double eta, int minWordCount, int minCityCount,
            int minChildWeight, double smoothing, double minMonthly, double maxMonthly) {

        /** Chosen by 5-fold cross-validation on the training export (docs/benchmarks.md). */
        public static final Settings DEFAULT = new Settings(1000, 4, 0.02, 3, 20, 10, 10, 10_000, 2_000_000);
    }

    /**
     * The outcome of training.
     *
     * @param model the model, or null when no vacancy could be learnt from
     * @param used how many vacancies it learnt from
     * @param leftOut how many were left out, by reason
     */
    public record Training(SalaryModel model, int used, Map<String, Integer> leftOut) {
    }

    private final MoneyRules money;

    private final List<MarketSalary> rows;

    private final double[] target;

    private final Map<String, Integer> vocabulary;

    private final Neighbours neighbours;

    private final String[] rowCity;

    private final Map<String, Integer> oneHot;

    private final GroupMeans cityMeans;

    private final GroupMeans experienceMeans;

    private final GroupMeans regionMeans;

    private final GroupMeans cityExperienceMeans;

    private final GroupMeans professionMeans;

    private final Booster outer;

    private final Booster median;

    private final TitleLinear linear;

    private final double[] linearOutOfFold;

    private final String[] wordNames;

    private final int featureCount;

    private SalaryModel(MoneyRules money, List<MarketSalary> rows, double[] target, Map<String, Integer> vocabulary,
            int[][] rowWords, List<Set<String>> rowSkills, Map<String, Integer> oneHot, double smoothing,
            Settings settings) throws XGBoostError {
        this.money = money;
        this.rows = rows;
        this.target = target;
        this.vocabulary = vocabulary;
        this.wordNames = new String[vocabulary.size()];
        vocabulary.forEach((word, i) -> wordNames[i] = word);
        this.neighbours = new Neighbours(rowWords, vocabulary.size());
        this.rowCity = rows.stream().map(row -> Places.city(row.city())).toArray(String[]::new);
        this.oneHot = oneHot;
        this.featureCount = DENSE + oneHot.size();
        double mean = Arrays.stream(target).average().orElse(0);
        this.cityMeans = new GroupMeans(mean, smoothing);
        this.experienceMeans = new GroupMeans(mean, smoothing);
        this.regionMeans = new GroupMeans(mean, smoothing);
        this.cityExperienceMeans = new GroupMeans(mean, smoothing);
        this.professionMeans = new GroupMeans(mean, smoothing);
        for (int row = 0; row < rows.size(); row++) {
            MarketSalary salary = rows.get(row);
            int fold = row % FOLDS;
            cityMeans.add(rowCity[row], target[row], fold);
            experienceMeans.add(salary.experience() == null ? null : salary.experience().name(), target[row], fold);
            regionMeans.add(Places.region(salary.city()), target[row], fold);
            cityExperienceMeans.add(rowCity[row] + "|" + salary.experience(), target[row], fold);
            professionMeans.add(salary.profession(), target[row], fold);
        }
        this.linear = new TitleLinear(rows, rowWords, wordNames, target, FOLDS);
        this.linearOutOfFold = linear.outOfFold();
        Row[] features = new Row[rows.size()];
        IntStream.range(0, rows.size()).parallel().forEach(row -> {
            MarketSalary salary = rows.get(row);
            // Leave one out: the vacancy is not its own neighbour.
            features[row] = features(rowWords[row], rowSkills.get(row),
                    neighbours.nearest(rowWords[row], 0, NEIGHBOURS * 3, row), salary.city(), salary.experience(),
                    salary.employment(), salary.schedule(), row);
        });
        Matrix matrix = new Matrix();
        for (Row row : features) {
            matrix.add(row);
        }

        DMatrix train = matrix.toDMatrix(featureCount);
        float[] labels = new float[target.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (float) target[i];
        }
        train.setLabel(labels);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("objective", "reg:quantileerror");
        parameters.put("quantile_alpha", Arrays.toString(OUTER));
        parameters.put("tree_method", "hist");
        parameters.put("max_depth", settings.maxDepth());
        parameters.put("eta", OUTER_ETA);
        parameters.put("subsample", Math.min(0.8, (double) SAMPLED_ROWS / rows.size()));
        parameters.put("colsample_bytree", 0.8);
        parameters.put("min_child_weight", settings.minChildWeight());
        parameters.put("nthread", Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        parameters.put("seed", 7);
        parameters.put("verbosity", 0);
        this.outer = XGBoost.train(train, parameters, OUTER_ROUNDS, Map.of(), null, null);
        parameters.put("quantile_alpha", "[0.5]");
        parameters.put("eta", settings.eta());
        parameters.put("seed", 11);
        this.median = XGBoost.train(train, parameters, settings.rounds(), Map.of(), null, null);
        train.dispose();
    }

    /**
     * Learns from market vacancies: those with a salary in a known currency, between the settings' bounds a month
     * (on the vacancy's own basis, in roubles), are used; the rest are counted by reason.
     */
    public static Training train(List<MarketSalary> market, MoneyRules money, Settings settings) {
        Map<String, Integer> leftOut = new TreeMap<>();
        List<MarketSalary> used = new ArrayList<>();
        List<Double> target = new ArrayList<>();
        for (MarketSalary salary : market) {
            Double midpoint = salary.midpoint();
            if (midpoint == null) {
                leftOut.merge("no salary", 1, Integer::sum);
                continue;
            }
            if (salary.title() == null || salary.title().isBlank()) {
                leftOut.merge("no title", 1, Integer::sum);
                continue;
            }
            Basis own = Boolean.TRUE.equals(salary.gross()) ? Basis.GROSS : Basis.NET;
            OptionalDouble roubles = money.toRoubles(midpoint, salary.currency(), salary.gross(), own);
            if (roubles.isEmpty()) {
                leftOut.merge("unknown currency " + salary.currency(), 1, Integer::sum);
                continue;
            }
            if (roubles.getAsDouble() < settings.minMonthly() || roubles.getAsDouble() > settings.maxMonthly()) {
                leftOut.merge("outside %,.0f–%,.0f RUB a month".formatted(settings.minMonthly(),
                        settings.maxMonthly()), 1, Integer::sum);
                continue;
            }
            used.add(salary);
            target.add(Math.log(money.onBasis(roubles.getAsDouble(), own, Basis.NET)));
        }
        if (used.isEmpty()) {
            return new Training(null, 0, leftOut);
        }
        TitleWords titleWords = new TitleWords();
        List<Set<String>> words = used.stream().map(salary -> titleWords.terms(salary.title())).toList();
        if (used.size() > NEIGHBOURS) {
            // Left out: a vacancy paying over OUTLIER times more or less than the median of at least five
            // comparable titles (an hourly or per-shift rate, a part-time post, a typo); it would mislead its
            // neighbours' estimates and the trees. Scored vacancies are never trimmed, only the learning set.
            Map<String, Integer> v0 = new HashMap<>();
            int[][] w0 = new int[used.size()][];
            for (int row = 0; row < used.size(); row++) {
                w0[row] = words.get(row).stream().mapToInt(word -> v0.computeIfAbsent(word, key -> v0.size())).toArray();
            }
            Neighbours n0 = new Neighbours(w0, v0.size());
            double[] t0 = target.stream().mapToDouble(Double::doubleValue).toArray();
            List<MarketSalary> keptRows = new ArrayList<>();
            List<Double> keptTarget = new ArrayList<>();
            List<Set<String>> keptWords = new ArrayList<>();
            // Each vacancy's search stands alone (the searches keep their scratch per thread): both cores serve.
            boolean[] outlier = new boolean[used.size()];
            IntStream.range(0, used.size()).parallel().forEach(row -> {
                double[] alike = n0.nearest(w0[row], 0, NEIGHBOURS, row).stream()
                        .filter(n -> n.similarity() >= COMPARABLE).mapToDouble(n -> t0[n.row()]).toArray();
                outlier[row] = alike.length >= 5 && Math.abs(t0[row] - median(alike)) > Math.log(OUTLIER);
            });
            int trimmed = 0;
            for (int row = 0; row < used.size(); row++) {
                if (outlier[row]) {
                    trimmed++;
                    continue;
                }
                keptRows.add(used.get(row));
                keptTarget.add(target.get(row));
                keptWords.add(words.get(row));
            }
            if (trimmed > 0) {
                leftOut.merge("over %.0f times off comparable titles' median".formatted(OUTLIER), trimmed, Integer::sum);
            }
            used = keptRows;
            target = keptTarget;
            words = keptWords;
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        int[][] rowWords = new int[used.size()][];
        for (int row = 0; row < used.size(); row++) {
            rowWords[row] = words.get(row).stream()
                    .mapToInt(word -> vocabulary.computeIfAbsent(word, key -> vocabulary.size())).toArray();
        }
        List<Set<String>> skills = used.stream().map(salary -> titleSkills(salary.title())).toList();
        Map<String, Integer> counts = new HashMap<>();
        for (int row = 0; row < used.size(); row++) {
            MarketSalary salary = used.get(row);
            words.get(row).forEach(word -> counts.merge("w:" + word, 1, Integer::sum));
            counts.merge("c:" + Places.city(salary.city()), 1, Integer::sum);
            counts.merge("p:" + salary.profession(), 1, Integer::sum);
            counts.merge("e:" + salary.employment(), 1, Integer::sum);
            counts.merge("s:" + salary.schedule(), 1, Integer::sum);
            skills.get(row).forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        Map<String, Integer> oneHot = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String key = entry.getKey();
            boolean known = !key.endsWith(":null");
            // A word on fewer vacancies than a leaf may stand on can never be split on (the quantile loss weighs
            // every vacancy 1): such a column only costs time, 40 % of the columns on 100,000 vacancies.
            int least = key.startsWith("w:") ? Math.max(settings.minWordCount(), settings.minChildWeight())
                    : key.startsWith("c:") ? settings.minCityCount() : 5;
            if (known && entry.getValue() >= least) {
                oneHot.put(key, DENSE + oneHot.size());
            }
        });
        double[] targets = target.stream().mapToDouble(Double::doubleValue).toArray();
        try {
            return new Training(new SalaryModel(money, List.copyOf(used), targets, vocabulary, rowWords, skills,
                    oneHot, settings.smoothing(), settings), used.size(), leftOut);
        }
        catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not train the salary model: " + e.getMessage(), e);
        }
    }

    /** How many vacancies the model learnt from. */
    public int size() {
        return rows.size();
    }

    /** The estimate for a query, on the basis asked. */
    public SalaryEstimate estimate(SalaryQuery query, Basis basis) {
        TitleWords titleWords = new TitleWords();
        Set<String> words = titleWords.terms(query.title());
        List<Integer> known = new ArrayList<>();
        double unknownWeight = 0;
        for (String word : words) {
            Integer index = vocabulary.get(word);
            if (index == null) {
                unknownWeight += Math.log(1 + rows.size());
            }
            else {
                known.add(index);
            }
        }
        int[] indexes = known.stream().mapToInt(Integer::intValue).toArray();
        String city = Places.city(query.city());
        List<Neighbours.Near> wide = neighbours.nearest(indexes, unknownWeight, 200, -1);
        int sample = (int) wide.stream().filter(n -> n.similarity() >= COMPARABLE).count();
        int local = city == null ? sample
                : (int) wide.stream().filter(n -> n.similarity() >= COMPARABLE && city.equals(rowCity[n.row()]))
                        .count();
        List<Comparable> comparables = comparables(wide, city);
        String title = query.title().strip();
        boolean anyAlike = !wide.isEmpty() && wide.get(0).similarity() >= RELATED;
        if (!anyAlike) {
            Explanations.Text refused = Explanations.refused(title, rows.size());
            return new SalaryEstimate("RUB", "month", basis, null, null, null, null, null, 0, Confidence.NONE,
                    comparables, refused.en(), refused.ru());
        }
        // One search serves the features (the nearest 3 × NEIGHBOURS), the sample and the comparables.
        Row row = features(indexes, titleSkills(query.title()), wide.subList(0, Math.min(wide.size(), NEIGHBOURS * 3)),
                query.city(), query.experience(), query.employment(), query.schedule(), -1);
        float[] quantiles = predict(row);
        long[] figures = new long[quantiles.length];
        for (int i = 0; i < quantiles.length; i++) {
            figures[i] = Math.round(money.onBasis(Math.exp(quantiles[i]), Basis.NET, basis) / 1000.0) * 1000;
        }
        Confidence confidence = local >= 20 ? Confidence.HIGH : sample >= 10 ? Confidence.MEDIUM : Confidence.LOW;
        String cityName = city == null ? null : query.city().strip();
        Explanations.Text explanation = (city != null && local < 5
                ? Explanations.widened(cityName, Places.region(query.city()), local, sample)
                : Explanations.from(cityName, sample, rows.size())).and(Explanations.basis(basis, money.incomeTax()));
        if (confidence == Confidence.LOW) {
            explanation = explanation.and(Explanations.roughGuide());
        }
        return new SalaryEstimate("RUB", "month", basis, figures[0], figures[1], figures[2], figures[3], figures[4],
                sample, confidence, comparables, explanation.en(), explanation.ru());
    }

    private List<Comparable> comparables(List<Neighbours.Near> near, String city) {
        List<Neighbours.Near> ordered = new ArrayList<>(near.stream().limit(60).toList());
        // The same city first among equally alike titles (to the second decimal).
        ordered.sort((a, b) -> {
            int bySimilarity = Long.compare(Math.round(b.similarity() * 20), Math.round(a.similarity() * 20));
            if (bySimilarity != 0) {
                return bySimilarity;
            }
            return Boolean.compare(city != null && city.equals(rowCity[b.row()]),
                    city != null && city.equals(rowCity[a.row()]));
        });
        return ordered.stream().limit(NEIGHBOURS).map(n -> {
            MarketSalary salary = rows.get(n.row());
            return new Comparable(salary.title(), salary.city(), salary.from(), salary.to(), salary.currency(),
                    salary.gross(), salary.id(), Math.round(n.similarity() * 100) / 100.0);
        }).toList();
    }

    private float[] predict(Row row) {
        Matrix matrix = new Matrix();
        matrix.add(row);
        try {
            DMatrix one = matrix.toDMatrix(featureCount);
            float[] around;
            float middle;
            synchronized (outer) {
                around = outer.predict(one)[0];
                middle = median.predict(one)[0][0];
            }
            one.dispose();
            float[] quantiles = { around[0], around[1], middle, around[2], around[3] };
            Arrays.sort(quantiles);
            return quantiles;
        }
        catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not predict: " + e.getMessage(), e);
        }
    }

    /**
     * The percentile a monthly amount sits at among the estimate's figures, 0 to 100, by linear interpolation; an
     * amount equal to figures that coincide (rounded to the thousand, p25 and the median can) sits at the highest.
     */
    public static double percentileOf(SalaryEstimate estimate, double amount) {
        double[] at = { 10, 25, 50, 75, 90 };
        double[] value = { estimate.p10(), estimate.p25(), estimate.median(), estimate.p75(), estimate.p90() };
        for (int i = value.length - 1; i >= 0; i--) {
            if (amount == value[i]) {
                return at[i];
            }
        }
        if (amount <= value[0]) {
            return Math.max(0, 10 * amount / value[0]);
        }
        for (int i = 1; i < value.length; i++) {
            if (amount <= value[i]) {
                double span = value[i] - value[i - 1];
                return span <= 0 ? at[i] : at[i - 1] + (at[i] - at[i - 1]) * (amount - value[i - 1]) / span;
            }
        }
        return 90 + Math.min(10, 10 * (amount - value[4]) / Math.max(1, value[4] - value[3]));
    }

    /**
     * A vacancy's or a query's features from its title's words, its nearest titles ({@code near}, nearest first,
     * the {@code 3 × NEIGHBOURS} nearest) and its facts; {@code skip} is the training vacancy's own row, or -1.
     */
    private Row features(int[] words, Set<String> titleSkills, List<Neighbours.Near> near, String city,
            Experience experience, String employment, String schedule, int skip) {
        String cityKey = Places.city(city);
        Row row = new Row();
        if (experience != null) {
            row.put(0, experience.ordinal());
        }
        List<Neighbours.Near> top = near.stream().limit(NEIGHBOURS).toList();
        if (!top.isEmpty()) {
            row.put(1, median(top.stream().mapToDouble(n -> target[n.row()]).toArray()));
            double weight = 0;
            double sum = 0;
            for (Neighbours.Near n : top) {
                weight += n.similarity();
                sum += n.similarity() * target[n.row()];
            }
            row.put(2, weight > 0 ? sum / weight : target[top.get(0).row()]);
            row.put(3, top.get(0).similarity());
            row.put(4, top.stream().mapToDouble(Neighbours.Near::similarity).average().orElse(0));
            row.put(5, top.stream().filter(n -> n.similarity() >= COMPARABLE).count());
        }
        if (experience != null) {
            double[] sameExperience = near.stream().filter(n -> experience == rows.get(n.row()).experience())
                    .limit(NEIGHBOURS).mapToDouble(n -> target[n.row()]).toArray();
            if (sameExperience.length > 0) {
                row.put(12, median(sameExperience));
            }
            if (cityKey != null) {
                double[] both = near.stream().filter(n -> experience == rows.get(n.row()).experience()
                        && cityKey.equals(rowCity[n.row()])).limit(NEIGHBOURS).mapToDouble(n -> target[n.row()])
                        .toArray();
                if (both.length > 0) {
                    row.put(13, median(both));
                }
            }
        }
        int fold = skip >= 0 ? skip % FOLDS : -1;
        row.put(17, skip >= 0 ? linearOutOfFold[skip] : linear.predict(words, city, experience, employment, schedule));
        if (!top.isEmpty()) {
            // What the nearest titles pay, each moved to the asker's city and experience by the market's average
            // differences between cities and between experience buckets (in logarithms): a title paid in Moscow
            // says something about Yekaterinburg once the cities' difference is taken out, so twice as many
            // neighbours serve as for the plain median (feature 1).
            List<Neighbours.Near> wider = near.stream().limit(NEIGHBOURS * 2).toList();
            double hereCity = cityMeans.mean(cityKey, fold);
            double hereExperience = experienceMeans.mean(experience == null ? null : experience.name(), fold);
            double[] moved = new double[wider.size()];
            double[] movedCity = new double[wider.size()];
            for (int i = 0; i < moved.length; i++) {
                int other = wider.get(i).row();
                Experience theirs = rows.get(other).experience();
                movedCity[i] = target[other] - cityMeans.mean(rowCity[other], -1) + hereCity;
                moved[i] = movedCity[i] - experienceMeans.mean(theirs == null ? null : theirs.name(), -1) + hereExperience;
            }
            row.put(15, median(moved));
            row.put(16, median(movedCity));
        }
        if (near.size() >= 4) {
            // The spread of what the twenty nearest titles pay (their lower and upper quartiles): a title whose
            // comparables agree is surer, and a skewed spread says which way its median leans.
            double[] pay = near.stream().limit(NEIGHBOURS * 2).mapToDouble(n -> target[n.row()]).sorted().toArray();
            row.put(18, pay[pay.length / 4]);
            row.put(19, pay[pay.length * 3 / 4]);
        }
        if (cityKey != null) {
            // The nearest title in the same city, and the same title there at the same experience: hh.ru employers
            // post one job many times over (a chain's stores), at one pay.
            Neighbours.Near twin = near.stream().filter(n -> cityKey.equals(rowCity[n.row()])).findFirst()
                    .orElse(null);
            if (twin != null) {
                row.put(20, target[twin.row()]);
                row.put(21, twin.similarity());
                double[] same = near.stream().filter(n -> n.similarity() >= 0.999 && cityKey.equals(rowCity[n.row()])
                        && experience == rows.get(n.row()).experience()).mapToDouble(n -> target[n.row()]).toArray();
                if (same.length > 0) {
                    row.put(22, median(same));
                    row.put(23, same.length);
                }
            }
        }
        if (near.size() >= 3) {
            row.put(14, median(near.stream().limit(3).mapToDouble(n -> target[n.row()]).toArray()));
        }
        if (cityKey != null) {
            double[] sameCity = near.stream().filter(n -> cityKey.equals(rowCity[n.row()])).limit(NEIGHBOURS)
                    .mapToDouble(n -> target[n.row()]).toArray();
            if (sameCity.length > 0) {
                row.put(6, median(sameCity));
                row.put(7, sameCity.length);
            }
        }
        cityMeans.put(row, 8, cityKey, fold);
        regionMeans.put(row, 9, city == null ? null : Places.region(city), fold);
        cityExperienceMeans.put(row, 10, cityKey == null || experience == null ? null : cityKey + "|" + experience,
                fold);
        // The professional role as the nearest titles have it, also while training (the market's own role is
        // not known for a query): the same feature both ways.
        String role = roleOf(top);
        professionMeans.put(row, 11, role, fold);
        for (int word : words) {
            Integer feature = oneHot.get("w:" + wordOf(word));
            if (feature != null) {
                row.put(feature, 1);
            }
        }
        putOneHot(row, "c:" + cityKey);
        putOneHot(row, "p:" + role);
        putOneHot(row, "e:" + employment);
        putOneHot(row, "s:" + schedule);
        for (String skill : titleSkills) {
            putOneHot(row, skill);
        }
        return row;
    }

    /**
     * The skills the shipped taxonomy finds in a title and their categories, as one-hot keys ({@code k:Java},
     * {@code g:programming-languages}). On the hh.ru export they change the cross-validated error by less than its
     * noise (the nearest titles already carry what a title's skills say about pay); they are kept for titles the
     * market words in ways its other titles do not.
     */
    private static Set<String> titleSkills(String title) {
        Set<String> keys = new TreeSet<>();
        for (SkillMention mention : TAXONOMY.findIn(title)) {
            keys.add("k:" + mention.skill().name());
            keys.add("g:" + mention.skill().category());
        }
        return keys;
    }

    private String roleOf(List<Neighbours.Near> near) {
        Map<String, Double> votes = new HashMap<>();
        for (Neighbours.Near n : near) {
            String role = rows.get(n.row()).profession();
            if (role != null) {
                votes.merge(role, n.similarity(), Double::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    private String wordOf(int index) {
        return wordNames[index];
    }

    private void putOneHot(Row row, String key) {
        Integer feature = oneHot.get(key);
        if (feature != null) {
            row.put(feature, 1);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * Smoothed means of the target by group. While training, a vacancy's own fold is left out of its group's mean
     * (out-of-fold target encoding): leaving out only the vacancy itself would let the trees read its own pay back
     * from the tiny differences between its group's means.
     */
    private static final class GroupMeans {

        private final Map<String, double[]> sums = new HashMap<>();

        private final double prior;

        private final double smoothing;

        GroupMeans(double prior, double smoothing) {
            this.prior = prior;
            this.smoothing = smoothing;
        }

        void add(String group, double value, int fold) {
            if (group != null) {
                double[] sum = sums.computeIfAbsent(group, key -> new double[2 * (FOLDS + 1)]);
                sum[0] += value;
                sum[1]++;
                sum[2 * (fold + 1)] += value;
                sum[2 * (fold + 1) + 1]++;
            }
        }

        /** The group's smoothed mean without {@code fold} (-1: over all), the market's mean for no group. */
        double mean(String group, int fold) {
            double[] sum = group == null ? null : sums.get(group);
            if (sum == null) {
                return prior;
            }
            double total = sum[0];
            double count = sum[1];
            if (fold >= 0) {
                total -= sum[2 * (fold + 1)];
                count -= sum[2 * (fold + 1) + 1];
            }
            return (total + smoothing * prior) / (count + smoothing);
        }

        /** The group's mean as a feature; {@code fold} -1 for a query, the training vacancy's fold otherwise. */
        void put(Row row, int feature, String group, int fold) {
            double[] sum = group == null ? null : sums.get(group);
            if (sum == null) {
                return;
            }
            double total = sum[0];
            double count = sum[1];
            if (fold >= 0) {
                total -= sum[2 * (fold + 1)];
                count -= sum[2 * (fold + 1) + 1];
            }
            if (count > 0) {
                row.put(feature, (total + smoothing * prior) / (count + smoothing));
            }
        }
    }

    /** One sparse row of features. */
    private static final class Row {

        private final TreeMap<Integer, Float> values = new TreeMap<>();

        void put(int feature, double value) {
            values.put(feature, (float) value);
        }
    }

    /** Rows gathered into XGBoost's compressed sparse rows. */
    private static final class Matrix {

        private final List<Row> rows = new ArrayList<>();

        void add(Row row) {
            rows.add(row);
        }

        DMatrix toDMatrix(int columns) throws XGBoostError {
            int size = rows.stream().mapToInt(row -> row.values.size()).sum();
            long[] headers = new long[rows.size() + 1];
            int[] indexes = new int[size];
            float[] data = new float[size];
            int at = 0;
            for (int i = 0; i < rows.size(); i++) {
                headers[i] = at;
                for (Map.Entry<Integer, Float> value : rows.get(i).values.entrySet()) {
                    indexes[at] = value.getKey();
                    data[at++] = value.getValue();
                }
            }
            headers[rows.size()] = at;
            return new DMatrix(headers, indexes, data, DMatrix.SparseType.CSR, columns);
        }
    }
}
