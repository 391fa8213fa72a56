package com.qh.analysis.salary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * K-fold cross-validation of the salary model on a market export: each fold is estimated by a model trained on the
 * others, and the absolute percentage error of the estimated median against each posting's midpoint (on the
 * posting's own basis) is reported with the share of midpoints inside the p10–p90 band, beside three baselines on the
 * same folds: one global median, the median by city and experience, and the median of the ten nearest titles.
 *
 * <p>{@code ./mvnw -pl services/analysis/analysis-service verify -Dtest=SalaryBenchmarkTest
 * -Dqh.salary.market=../shared/fixtures/market/hh-vacancies-train.csv} (the path relative to the module, or absolute).
 */
final class SalaryCrossValidation {

    record Figures(String name, double meanApe, double medianApe, double coverage, int count) {

        @Override
        public String toString() {
            return "%-28s mean APE %.4f  median APE %.4f  p10-p90 holds %s  (n=%d)".formatted(name, meanApe, medianApe,
                    Double.isNaN(coverage) ? "  -  " : "%.1f %%".formatted(coverage * 100), count);
        }
    }

    private SalaryCrossValidation() {
    }

    static List<Figures> run(List<MarketSalary> market, int folds, SalaryModel.Settings settings, long seed) {
        List<MarketSalary> usable = new ArrayList<>();
        for (MarketSalary salary : market) {
            Double midpoint = salary.midpoint();
            if (midpoint == null || salary.title() == null) {
                continue;
            }
            Basis own = Boolean.TRUE.equals(salary.gross()) ? Basis.GROSS : Basis.NET;
            var roubles = MoneyRules.DEFAULT.toRoubles(midpoint, salary.currency(), salary.gross(), own);
            if (roubles.isPresent() && roubles.getAsDouble() >= settings.minMonthly()
                    && roubles.getAsDouble() <= settings.maxMonthly()) {
                usable.add(salary);
            }
        }
        List<MarketSalary> shuffled = new ArrayList<>(usable);
        Collections.shuffle(shuffled, new Random(seed));
        List<Double> model = new ArrayList<>();
        List<Double> global = new ArrayList<>();
        List<Double> cityExperience = new ArrayList<>();
        List<Double> titles = new ArrayList<>();
        int inside = 0;
        int refused = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<MarketSalary> train = new ArrayList<>();
            List<MarketSalary> test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % folds == fold ? test : train).add(shuffled.get(i));
            }
            SalaryModel trained = SalaryModel.train(train, MoneyRules.DEFAULT, settings).model();
            double[] trainNet = train.stream().mapToDouble(SalaryCrossValidation::net).toArray();
            double globalMedian = median(trainNet);
            Map<String, List<Double>> byCityExperience = new HashMap<>();
            for (MarketSalary salary : train) {
                byCityExperience.computeIfAbsent(Places.city(salary.city()) + "|" + salary.experience(),
                        key -> new ArrayList<>()).add(net(salary));
            }
            for (MarketSalary salary : test) {
                Basis own = Boolean.TRUE.equals(salary.gross()) ? Basis.GROSS : Basis.NET;
                double truth = MoneyRules.DEFAULT.toRoubles(salary.midpoint(), salary.currency(), salary.gross(), own)
                        .getAsDouble();
                SalaryEstimate estimate = trained.estimate(new SalaryQuery(salary.title(), salary.city(),
                        salary.experience(), salary.employment(), salary.schedule(), List.of()), own);
                if (estimate.median() == null) {
                    refused++;
                }
                // A refusal ("too little data") is scored as the global median would be: no free pass.
                double median = estimate.median() != null ? estimate.median()
                        : MoneyRules.DEFAULT.onBasis(globalMedian, Basis.NET, own);
                model.add(Math.abs(median - truth) / truth);
                if (estimate.p10() != null && truth >= estimate.p10() && truth <= estimate.p90()) {
                    inside++;
                }
                global.add(Math.abs(MoneyRules.DEFAULT.onBasis(globalMedian, Basis.NET, own) - truth) / truth);
                List<Double> group = byCityExperience.get(Places.city(salary.city()) + "|" + salary.experience());
                double groupMedian = group == null ? globalMedian
                        : median(group.stream().mapToDouble(Double::doubleValue).toArray());
                cityExperience.add(Math.abs(MoneyRules.DEFAULT.onBasis(groupMedian, Basis.NET, own) - truth) / truth);
                double titleMedian = estimate.comparables().isEmpty() ? globalMedian
                        : median(estimate.comparables().stream().mapToDouble(SalaryCrossValidation::net).toArray());
                titles.add(Math.abs(MoneyRules.DEFAULT.onBasis(titleMedian, Basis.NET, own) - truth) / truth);
            }
        }
        return List.of(figures("model (%d refused)".formatted(refused), model, (double) inside / model.size()),
                figures("baseline: global median", global, Double.NaN),
                figures("baseline: city x experience", cityExperience, Double.NaN),
                figures("baseline: 10 nearest titles", titles, Double.NaN));
    }

    private static double net(SalaryEstimate.Comparable comparable) {
        double midpoint = comparable.salaryFrom() != null && comparable.salaryTo() != null
                ? (comparable.salaryFrom() + comparable.salaryTo()) / 2
                : comparable.salaryFrom() != null ? comparable.salaryFrom() : comparable.salaryTo();
        return MoneyRules.DEFAULT.toRoubles(midpoint, comparable.currency(), comparable.gross(), Basis.NET)
                .orElse(midpoint);
    }

    private static double net(MarketSalary salary) {
        return MoneyRules.DEFAULT.toRoubles(salary.midpoint(), salary.currency(), salary.gross(), Basis.NET)
                .getAsDouble();
    }

    private static Figures figures(String name, List<Double> errors, double coverage) {
        double[] values = errors.stream().mapToDouble(Double::doubleValue).toArray();
        return new Figures(name, Arrays.stream(values).average().orElse(Double.NaN), median(values), coverage,
                values.length);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static void main(String[] args) throws Exception {
        List<MarketSalary> market = MarketCsv.read(Path.of(args[0]));
        long started = System.nanoTime();
        run(market, 5, SalaryModel.Settings.DEFAULT, args.length > 1 ? Long.parseLong(args[1]) : 42).forEach(System.out::println);
        System.out.printf("5-fold cross-validation in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
}
