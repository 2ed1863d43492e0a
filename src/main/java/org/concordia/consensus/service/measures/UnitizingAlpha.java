package org.concordia.consensus.service.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.ConfidenceInterval;
import org.concordia.consensus.model.SpanData;

/**
 * Krippendorff's unitizing alpha (alpha-u), which compares where coders put the boundaries of what they marked, not
 * just whether they marked something: Krippendorff, "Content Analysis", 2nd ed. (2004), pp. 251-256, and "On the
 * reliability of unitizing contiguous data", Sociological Methodology 25 (1995).
 *
 * <p>Per category, each coder's marks cut every section into units and gaps. The observed disagreement sums, over
 * every pair of coders and every pair of overlapping segments, the squared lengths by which the two differ; the
 * expected disagreement is what all ways of placing the same units in the same continuum would give. For one section
 * read by all coders this is exactly the published formula. For several sections (passages) the segments end at
 * section boundaries, the continuum length is the sum of the sections' lengths, and a section read by fewer coders
 * counts with its own number of coder pairs. Spans of one category by one coder that overlap are joined first (touching ones stay two units).
 * The value over all categories is {@code 1 - mean(D_o) / mean(D_e)}.
 *
 * <p>Everything is reduced once to per-section figures, so the bootstrap (sections resampled with replacement) costs
 * a weighted sum per replicate, not a recomputation.
 */
public final class UnitizingAlpha {

    public static final String LABEL = "Krippendorff's unitizing alpha";

    private final Map<String, Category> categories;

    private UnitizingAlpha(Map<String, Category> categories) {
        this.categories = categories;
    }

    /** Reduces the data, category by category. */
    public static UnitizingAlpha of(SpanData data) {
        TreeSet<String> names = new TreeSet<>();
        // each section's spans by category and coder, sorted once: the categories below only look them up
        List<Map<String, Map<String, List<SpanData.Span>>>> grouped = new ArrayList<>(data.sections().size());
        for (SpanData.Section section : data.sections()) {
            Map<String, Map<String, List<SpanData.Span>>> byCategory = new HashMap<>();
            for (SpanData.Span span : section.spans()) {
                names.add(span.category());
                byCategory.computeIfAbsent(span.category(), c -> new HashMap<>())
                        .computeIfAbsent(span.coder(), c -> new ArrayList<>()).add(span);
            }
            grouped.add(byCategory);
        }
        Map<String, Category> categories = new java.util.LinkedHashMap<>();
        for (String name : names) {
            categories.put(name, Category.of(data.sections(), grouped, name));
        }
        return new UnitizingAlpha(categories);
    }

    public List<String> categories() {
        return List.copyOf(categories.keySet());
    }

    /** Alpha-u over all categories. */
    public AgreementResult overall() {
        return result(categories.values(), null);
    }

    /** Alpha-u of one category; undefined (with the reason) when nobody marked it. */
    public AgreementResult of(String category) {
        Category c = categories.get(category);
        return result(c == null ? List.of() : List.of(c), null);
    }

    public double observed(String category) {
        Category c = categories.get(category);
        return c.observed(null, c.totals(null));
    }

    public double expected(String category) {
        Category c = categories.get(category);
        return c.expected(null, c.totals(null));
    }

    /** {@link #overall()} with a bootstrap interval over sections. */
    public AgreementResult overallWithInterval(int replicates, long seed) {
        return withInterval(List.copyOf(categories.values()), replicates, seed);
    }

    public AgreementResult withInterval(String category, int replicates, long seed) {
        Category c = categories.get(category);
        return withInterval(c == null ? List.of() : List.of(c), replicates, seed);
    }

    private AgreementResult withInterval(List<Category> chosen, int replicates, long seed) {
        AgreementResult point = result(chosen, null);
        if (!point.defined() || chosen.isEmpty()) {
            return point;
        }
        int sections = chosen.get(0).sectionCount();
        if (sections < 2) {
            return point;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] estimates = new double[replicates];
        int defined = 0;
        double[] weights = new double[sections];
        for (int r = 0; r < replicates; r++) {
            Arrays.fill(weights, 0);
            for (int i = 0; i < sections; i++) {
                weights[random.nextInt(sections)]++;
            }
            AgreementResult resampled = result(chosen, weights);
            if (resampled.defined()) {
                estimates[defined++] = resampled.value();
            }
        }
        if (defined < replicates / 2) {
            return point;
        }
        double[] sorted = Arrays.copyOf(estimates, defined);
        Arrays.sort(sorted);
        return point.withInterval(new ConfidenceInterval(0.95, sorted[(int) Math.round(0.025 * (defined - 1))],
                sorted[(int) Math.round(0.975 * (defined - 1))], replicates, seed));
    }

    private static AgreementResult result(java.util.Collection<Category> chosen, double[] weights) {
        if (chosen.isEmpty()) {
            return AgreementResult.undefined(LABEL, "Nobody marked a span of this claim type.", 0, 0);
        }
        Category any = chosen.iterator().next();
        if (any.maxCoders() < 2) {
            return AgreementResult.undefined(LABEL, Explanations.ONE_CODER, any.sectionCount(), any.maxCoders());
        }
        double[] totals = any.totals(weights);
        double observed = 0;
        double expected = 0;
        for (Category c : chosen) {
            observed += c.observed(weights, totals);
            expected += c.expected(weights, totals);
        }
        if (!(expected > 0)) {
            return AgreementResult.undefined(LABEL, "Every coder marked the whole text the same way: nothing could"
                    + " have been placed otherwise, so agreement beyond chance is not defined.", any.sectionCount(),
                    any.maxCoders());
        }
        return AgreementResult.of(LABEL, 1 - observed / expected, any.sectionCount(), any.maxCoders());
    }

    /** One category reduced to per-section figures. */
    private static final class Category {
        private final int[] length;
        private final int[] coders;
        /** The sections where coders' marks differ, and the sum of their distances there. */
        private final int[] distanceSection;
        private final double[] distance;
        /** Unit and gap lengths with their section, each sorted by length, descending. */
        private final int[] unitLength;
        private final int[] unitSection;
        private final int[] gapLength;
        private final int[] gapSection;

        private Category(int[] length, int[] coders, double[] distances, List<int[]> units, List<int[]> gaps) {
            this.length = length;
            this.coders = coders;
            this.distanceSection = java.util.stream.IntStream.range(0, distances.length)
                    .filter(i -> distances[i] != 0).toArray();
            this.distance = Arrays.stream(distanceSection).mapToDouble(i -> distances[i]).toArray();
            units.sort((a, b) -> Integer.compare(b[0], a[0]));
            gaps.sort((a, b) -> Integer.compare(b[0], a[0]));
            this.unitLength = units.stream().mapToInt(u -> u[0]).toArray();
            this.unitSection = units.stream().mapToInt(u -> u[1]).toArray();
            this.gapLength = gaps.stream().mapToInt(g -> g[0]).toArray();
            this.gapSection = gaps.stream().mapToInt(g -> g[1]).toArray();
        }

        static Category of(List<SpanData.Section> sections,
                List<Map<String, Map<String, List<SpanData.Span>>>> grouped, String category) {
            int n = sections.size();
            int[] length = new int[n];
            int[] coders = new int[n];
            double[] distances = new double[n];
            List<int[]> units = new ArrayList<>();
            List<int[]> gaps = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                SpanData.Section section = sections.get(s);
                length[s] = section.length();
                coders[s] = section.coders().size();
                List<List<int[]>> tracks = new ArrayList<>();
                Map<String, List<SpanData.Span>> byCoder = grouped.get(s).getOrDefault(category, Map.of());
                for (String coder : section.coders()) {
                    List<int[]> track = track(section.length(), byCoder.getOrDefault(coder, List.of()));
                    tracks.add(track);
                    for (int[] segment : track) {
                        (segment[2] == 1 ? units : gaps).add(new int[] {segment[1] - segment[0], s});
                    }
                }
                for (int i = 0; i < tracks.size(); i++) {
                    for (int j = i + 1; j < tracks.size(); j++) {
                        distances[s] += pairDistance(tracks.get(i), tracks.get(j));
                    }
                }
            }
            return new Category(length, coders, distances, units, gaps);
        }

        /** A coder's segments of a section for one category: {start, end, 1 for a unit or 0 for a gap}. */
        private static List<int[]> track(int length, List<SpanData.Span> spans) {
            List<int[]> marked = new ArrayList<>(spans.size());
            for (SpanData.Span s : spans) {
                int[] span = {Math.max(0, s.start()), Math.min(length, s.end())};
                if (span[0] < span[1]) {
                    marked.add(span);
                }
            }
            marked.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<int[]> segments = new ArrayList<>();
            int position = 0;
            int[] open = null;
            for (int[] span : marked) {
                if (open != null && span[0] < open[1]) {
                    open[1] = Math.max(open[1], span[1]);
                    continue;
                }
                if (open != null) {
                    segments.add(new int[] {open[0], open[1], 1});
                    position = open[1];
                }
                if (span[0] > position) {
                    segments.add(new int[] {position, span[0], 0});
                }
                open = new int[] {span[0], span[1]};
            }
            if (open != null) {
                segments.add(new int[] {open[0], open[1], 1});
                position = open[1];
            }
            if (position < length) {
                segments.add(new int[] {position, length, 0});
            }
            return segments;
        }

        /** Sum of the distances of every overlapping pair of segments of two coders' tracks. */
        private static double pairDistance(List<int[]> first, List<int[]> second) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < first.size() && j < second.size()) {
                int[] a = first.get(i);
                int[] b = second.get(j);
                sum += distance(a, b);
                if (a[1] <= b[1]) {
                    i++;
                } else {
                    j++;
                }
                if (a[1] == b[1]) {
                    j++;
                }
            }
            return sum;
        }

        /**
         * Krippendorff's squared distance between two overlapping segments: for two units, the squared differences
         * of their starts and of their ends; a unit inside the other coder's gap, its squared length; otherwise 0.
         */
        static double distance(int[] a, int[] b) {
            long la = a[1] - a[0];
            long lb = b[1] - b[0];
            long begin = a[0] - b[0];
            long lengths = la - lb;
            if (a[2] == 1 && b[2] == 1 && -la < begin && begin < lb) {
                return begin * begin + (begin + lengths) * (begin + lengths);
            }
            if (a[2] == 1 && b[2] == 0 && -lengths >= begin && begin >= 0) {
                return la * la;
            }
            if (a[2] == 0 && b[2] == 1 && -lengths <= begin && begin <= 0) {
                return lb * lb;
            }
            return 0;
        }

        int sectionCount() {
            return length.length;
        }

        int maxCoders() {
            return Arrays.stream(coders).max().orElse(0);
        }

        private double weight(double[] weights, int section) {
            return weights == null ? 1 : weights[section];
        }

        /** Continuum length, coded length (coders x length) and pair length (pairs x length), weighted. */
        double[] totals(double[] weights) {
            double total = 0;
            double coded = 0;
            double pairs = 0;
            for (int s = 0; s < length.length; s++) {
                double w = weight(weights, s);
                total += w * length[s];
                coded += w * coders[s] * (double) length[s];
                pairs += w * coders[s] * (coders[s] - 1.0) * length[s];
            }
            return new double[] {total, coded, pairs};
        }

        double observed(double[] weights, double[] totals) {
            double sum = 0;
            for (int i = 0; i < distanceSection.length; i++) {
                sum += weight(weights, distanceSection[i]) * distance[i];
            }
            return totals[2] == 0 ? 0 : 2 * sum / (totals[2] * totals[0]);
        }

        double expected(double[] weights, double[] totals) {
            double total = totals[0];
            double coded = totals[1];
            double count = 0;
            double squared = 0;
            for (int u = 0; u < unitLength.length; u++) {
                double w = weight(weights, unitSection[u]);
                count += w;
                squared += w * unitLength[u] * (unitLength[u] - 1.0);
            }
            // units and gaps descending: sweep the gaps at least as long as each unit
            double sum = 0;
            double gapWeight = 0;
            double gapSum = 0;
            int g = 0;
            for (int u = 0; u < unitLength.length; u++) {
                double w = weight(weights, unitSection[u]);
                if (w == 0) {
                    continue;
                }
                double l = unitLength[u];
                while (g < gapLength.length && gapLength[g] >= unitLength[u]) {
                    double wg = weight(weights, gapSection[g]);
                    gapWeight += wg;
                    gapSum += wg * (gapLength[g] + 1.0);
                    g++;
                }
                sum += w * ((count - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * (gapSum - l * gapWeight));
            }
            double denominator = coded * (coded - 1) - squared;
            return total == 0 || denominator <= 0 ? 0 : 2 / total * sum / denominator;
        }
    }

    /**
     * The distance of two overlapping segments, each given as offset, length and whether it is a unit (or a gap), as
     * Krippendorff's worked examples state them.
     */
    public static double distance(int offset1, int length1, boolean unit1, int offset2, int length2, boolean unit2) {
        return Category.distance(new int[] {offset1, offset1 + length1, unit1 ? 1 : 0},
                new int[] {offset2, offset2 + length2, unit2 ? 1 : 0});
    }
}
