package org.anxiao.energy.testkit.province;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.anxiao.energy.carrier.Carrier;

/**
 * A seeded synthetic province: the schools table and the readings table of Shanghai (上海市, 310000)
 * for a roll-up job, with the defects real data have. Deterministic: the same seed and settings give
 * equal tables, on any machine; a different seed gives different ones.
 *
 * <p><b>Schools.</b> {@link #schoolCount()} schools spread round-robin over the 16 districts
 * ({@link #districts()}), numbered {@code 0001}.. within each district ({@code 310104-0007}); floor
 * area 8 000 to 120 000 m² (whole m²), students and staff about area / 12 to area / 6 persons.
 * School {@code i} (its index in {@link #schools()}, which is in id order) draws everything from
 * {@code new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L)).split()}, so one school's rows can be
 * made without the others'. (The {@code split()} matters: that constant is SplittableRandom's own
 * step, so without it the streams of schools whose mixed seeds differ by a multiple of it are shifted
 * copies of one another; for seed 0, all of them are.)
 *
 * <p><b>Readings.</b> Every school uses electricity (35 to 90 kWh/m² a year) and natural gas (0.5 to
 * 4 m³/m² a year); 30 % also burn diesel (0.01 to 0.1 kg/m² a year). Each school has a yearly trend
 * in [−4 %, +3 %] a year (so against a 3 % cut some schools are over and some on track), a seasonal
 * shape (electricity peaks in summer and winter, gas in winter) and ±5 % noise a month. Units:
 * electricity in {@code kWh}, but for 10 % of (school, month) in {@code MWh}; gas in {@code m3};
 * diesel in {@code kg}, but for 10 % of (school, month) in {@code t}. Values are rounded to 3 decimals
 * in their unit ({@code Math.round(v * 1000) / 1000.0}) and are at least 0.001. With
 * {@link Granularity#FIFTEEN_MINUTES} each month's electricity is spread over its 15-minute slots
 * with a day/night shape, one row a slot; gas and diesel stay monthly.
 *
 * <p><b>Defects.</b> Gaps: with probability {@code gapRate} a (school, carrier, month) has no row at
 * all (never the month of a meter replacement). Meter replacements: meters are
 * {@code <schoolId>-<CARRIER>-1}; with probability {@code replacementRate} a (school, carrier) series
 * has one replacement month m, never the series' first: in month m the old meter {@code -1} reports a
 * fraction f in [0.2, 0.8] of the month and the new meter {@code -2} the rest (monthly: two rows;
 * 15-minute: the slots before a seeded split slot are {@code -1}'s, the rest {@code -2}'s), and from
 * m + 1 on only {@code -2} reports. Bad rows ({@link #badReadings()}) are appended after the good ones
 * in {@link #readings()}.
 *
 * <p>Instances are immutable and thread-safe; {@link #readings(int)} generates lazily, month by month.
 * A distributed job can send the seed and settings to its workers, rebuild the province there (cheap:
 * only the schools table is made eagerly) and have each generate its own schools' rows with
 * {@link #readings(int)}.
 */
public final class SyntheticProvince {
  /** Shanghai's 16 districts (GB/T 2260, 2019 edition), in code order. */
  private static final List<String> DISTRICTS = List.of("310101", "310104", "310105", "310106", "310107", "310109",
      "310110", "310112", "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151");
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final Carrier[] CARRIERS = {Carrier.ELECTRICITY, Carrier.NATURAL_GAS, Carrier.DIESEL};
  private static final int ELECTRICITY = 0;
  private static final int NATURAL_GAS = 1;
  private static final int DIESEL = 2;
  private static final int SLOTS_PER_DAY = 96;
  /** Monthly shapes (January first) per carrier, each scaled to a mean of 1. */
  private static final double[][] SEASON = {
      mean1(1.20, 1.05, 0.95, 0.85, 0.90, 1.05, 1.15, 1.15, 0.95, 0.85, 0.90, 1.10),
      mean1(1.90, 1.70, 1.20, 0.70, 0.40, 0.30, 0.25, 0.25, 0.40, 0.70, 1.20, 1.80),
      mean1(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)};
  /** The weight of each 15-minute slot of a day: night low, school day high. */
  private static final double[] SLOT_WEIGHT = slotWeights();
  private static final double DAY_WEIGHT = sum(SLOT_WEIGHT);
  private static final String BAD_SCHOOL = "310999-9999";

  private final long seed;
  private final int firstYear;
  private final int years;
  private final Granularity granularity;
  private final double gapRate;
  private final double replacementRate;
  private final List<ProvinceSchool> schools;
  private final List<BadReading> badReadings;

  private SyntheticProvince(Builder b) {
    this.seed = b.seed;
    this.firstYear = b.firstYear;
    this.years = b.years;
    this.granularity = b.granularity;
    this.gapRate = b.gapRate;
    this.replacementRate = b.replacementRate;
    List<String> ids = ids(b.schools);
    List<ProvinceSchool> s = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      s.add(plan(i, ids.get(i)).school);
    }
    this.schools = List.copyOf(s);
    this.badReadings = bad(b.badRows);
  }

  /**
   * {@return a builder of a province drawn from {@code seed}, with the defaults: 64 schools, years
   * 2020 to 2023, monthly, gap rate 0.02, replacement rate 0.05, no bad rows}
   *
   * @param seed the seed every school's and bad row's random numbers are drawn from
   */
  public static Builder builder(long seed) {
    return new Builder(seed);
  }

  /** The settings of a synthetic province; each has a default, see {@link SyntheticProvince#builder(long)}. */
  public static final class Builder {
    private final long seed;
    private int schools = 64;
    private int firstYear = 2020;
    private int years = 4;
    private Granularity granularity = Granularity.MONTHLY;
    private double gapRate = 0.02;
    private double replacementRate = 0.05;
    private int badRows;

    private Builder(long seed) {
      this.seed = seed;
    }

    /**
     * {@return this builder, set to {@code n} schools (default 64), spread round-robin over the 16 districts}
     *
     * @param n the number of schools, 16 to 159 984 (at most 9 999 a district)
     * @throws IllegalArgumentException when {@code n} is out of range
     */
    public Builder schools(int n) {
      if (n < DISTRICTS.size() || n > DISTRICTS.size() * 9_999) {
        throw new IllegalArgumentException("schools must be 16 to 159984: " + n);
      }
      this.schools = n;
      return this;
    }

    /**
     * {@return this builder, set to the calendar years {@code firstYear} to {@code firstYear + count - 1}
     * (default 2020 and 4: months 2020-01 to 2023-12)}
     *
     * @param firstYear the first calendar year, 1900 to 2999
     * @param count     the number of years, 1 to 100
     * @throws IllegalArgumentException when either is out of range
     */
    public Builder years(int firstYear, int count) {
      if (firstYear < 1900 || firstYear > 2999) {
        throw new IllegalArgumentException("firstYear must be 1900 to 2999: " + firstYear);
      }
      if (count < 1 || count > 100) {
        throw new IllegalArgumentException("count must be 1 to 100: " + count);
      }
      this.firstYear = firstYear;
      this.years = count;
      return this;
    }

    /**
     * {@return this builder, set to granularity {@code g} (default {@link Granularity#MONTHLY});
     * {@link Granularity#FIFTEEN_MINUTES} applies to electricity only}
     *
     * @param g the granularity of the electricity rows
     */
    public Builder granularity(Granularity g) {
      if (g == null) {
        throw new IllegalArgumentException("granularity must not be null");
      }
      this.granularity = g;
      return this;
    }

    /**
     * {@return this builder, set to gap probability {@code p} (default 0.02): the probability that a
     * (school, carrier, month) has no readings at all}
     *
     * @param p the probability, 0 to 1
     * @throws IllegalArgumentException when {@code p} is not in [0, 1]
     */
    public Builder gapRate(double p) {
      this.gapRate = probability("gapRate", p);
      return this;
    }

    /**
     * {@return this builder, set to replacement probability {@code p} (default 0.05): the probability
     * that a (school, carrier) series has one meter replacement}
     *
     * @param p the probability, 0 to 1
     * @throws IllegalArgumentException when {@code p} is not in [0, 1]
     */
    public Builder replacementRate(double p) {
      this.replacementRate = probability("replacementRate", p);
      return this;
    }

    /**
     * {@return this builder, set to {@code n} injected bad rows (default 0), cycling through the four
     * kinds of {@link BadReading}}
     *
     * @param n the number of bad rows, zero or more
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public Builder badRows(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("badRows must be >= 0: " + n);
      }
      this.badRows = n;
      return this;
    }

    /** {@return the province these settings and the seed describe} */
    public SyntheticProvince build() {
      return new SyntheticProvince(this);
    }

    private static double probability(String name, double p) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(name + " must be in [0, 1]: " + p);
      }
      return p;
    }
  }

  /** {@return the seed the province is drawn from} */
  public long seed() {
    return seed;
  }

  /** {@return the first calendar year of the readings} */
  public int firstYear() {
    return firstYear;
  }

  /** {@return the number of calendar years of readings, at least 1} */
  public int years() {
    return years;
  }

  /** {@return the granularity of the electricity rows} */
  public Granularity granularity() {
    return granularity;
  }

  /** {@return the probability that a (school, carrier, month) has no row} */
  public double gapRate() {
    return gapRate;
  }

  /** {@return the probability that a (school, carrier) series has one meter replacement} */
  public double replacementRate() {
    return replacementRate;
  }

  /**
   * {@return the 16 district codes of Shanghai (310000) in code order: 310101 黄浦, 310104 徐汇,
   * 310105 长宁, 310106 静安, 310107 普陀, 310109 虹口, 310110 杨浦, 310112 闵行, 310113 宝山,
   * 310114 嘉定, 310115 浦东新区, 310116 金山, 310117 松江, 310118 青浦, 310120 奉贤, 310151 崇明}
   */
  public List<String> districts() {
    return DISTRICTS;
  }

  /** {@return the schools table in id order; a school's index in it is its index for {@link #readings(int)}} */
  public List<ProvinceSchool> schools() {
    return schools;
  }

  /** {@return the number of schools, at least 16} */
  public int schoolCount() {
    return schools.size();
  }

  /**
   * {@return the good rows of school {@code schoolIndex}, generated lazily month by month: for each
   * month in order, its electricity, natural gas and diesel rows (each carrier's in time order, the old
   * meter's before the new one's in a replacement month); the same rows on every call}
   *
   * @param schoolIndex the school's index in {@link #schools()}
   * @throws IndexOutOfBoundsException when there is no such school
   */
  public Iterator<ProvinceReading> readings(int schoolIndex) {
    return new Rows(plan(schoolIndex, schools.get(schoolIndex).id()));
  }

  /**
   * {@return every good row of every school, in school order (as {@link #readings(int)}), then the
   * bad rows of {@link #badReadings()} in their order}
   */
  public List<ProvinceReading> readings() {
    List<ProvinceReading> out = new ArrayList<>();
    for (int i = 0; i < schools.size(); i++) {
      readings(i).forEachRemaining(out::add);
    }
    badReadings.forEach(b -> out.add(b.reading()));
    return out;
  }

  /** {@return the injected bad rows, the four kinds of {@link BadReading} in turn, with the error each must raise} */
  public List<BadReading> badReadings() {
    return badReadings;
  }

  /** {@return the number of good rows of every school, counted without generating them} */
  public long goodRowCount() {
    long n = 0;
    for (int i = 0; i < schools.size(); i++) {
      Plan p = plan(i, schools.get(i).id());
      for (int c = 0; c < CARRIERS.length; c++) {
        Series s = p.series[c];
        if (!s.present) {
          continue;
        }
        for (int k = 0; k < months(); k++) {
          if (!s.gaps[k]) {
            n += fifteenMinutes(c) ? slots(k) : k == s.replacement ? 2 : 1;
          }
        }
      }
    }
    return n;
  }

  private int months() {
    return years * 12;
  }

  private YearMonth month(int k) {
    return YearMonth.of(firstYear, 1).plusMonths(k);
  }

  private int slots(int k) {
    return month(k).lengthOfMonth() * SLOTS_PER_DAY;
  }

  private boolean fifteenMinutes(int carrier) {
    return carrier == ELECTRICITY && granularity == Granularity.FIFTEEN_MINUTES;
  }

  private static List<String> ids(int n) {
    List<String> ids = new ArrayList<>(n);
    for (int d = 0; d < DISTRICTS.size(); d++) {
      int count = n / DISTRICTS.size() + (d < n % DISTRICTS.size() ? 1 : 0);
      for (int k = 1; k <= count; k++) {
        ids.add(DISTRICTS.get(d) + "-" + String.format("%04d", k));
      }
    }
    return ids;
  }

  /** One (school, carrier) series' structure: whether it exists, its gap months and its replacement. */
  private static final class Series {
    final boolean present;
    final boolean[] gaps;
    /** The replacement month's index, or −1. */
    final int replacement;
    final double fraction;

    Series(boolean present, boolean[] gaps, int replacement, double fraction) {
      this.present = present;
      this.gaps = gaps;
      this.replacement = replacement;
      this.fraction = fraction;
    }
  }

  /** A school's draws: its row, its yearly consumptions, its series and the random numbers of its values. */
  private static final class Plan {
    final ProvinceSchool school;
    /** Per carrier, the yearly consumption of the first year in the carrier's own unit. */
    final double[] annual;
    final double trend;
    final Series[] series;
    final SplittableRandom values;

    Plan(ProvinceSchool school, double[] annual, double trend, Series[] series, SplittableRandom values) {
      this.school = school;
      this.annual = annual;
      this.trend = trend;
      this.series = series;
      this.values = values;
    }
  }

  private Plan plan(int index, String id) {
    SplittableRandom r = new SplittableRandom(seed ^ (index * GOLDEN)).split();
    double area = Math.round(r.nextDouble(8_000, 120_000));
    int population = (int) (area / r.nextDouble(6, 12));
    double electricity = r.nextDouble(35, 90);
    double gas = r.nextDouble(0.5, 4);
    boolean burnsDiesel = r.nextDouble() < 0.3;
    double diesel = r.nextDouble(0.01, 0.1);
    double trend = r.nextDouble(-0.04, 0.03);
    Series[] series = new Series[CARRIERS.length];
    for (int c = 0; c < CARRIERS.length; c++) {
      boolean replaced = r.nextDouble() < replacementRate;
      int month = 1 + r.nextInt(months() - 1);
      double fraction = r.nextDouble(0.2, 0.8);
      boolean[] gaps = new boolean[months()];
      for (int k = 0; k < gaps.length; k++) {
        gaps[k] = r.nextDouble() < gapRate;
      }
      if (replaced) {
        gaps[month] = false;
      }
      series[c] = new Series(c != DIESEL || burnsDiesel, gaps, replaced ? month : -1, fraction);
    }
    ProvinceSchool school = new ProvinceSchool(id, id.substring(0, 6), area, population);
    return new Plan(school, new double[] {area * electricity, area * gas, area * diesel}, trend, series, r.split());
  }

  /** A school's good rows, month by month. */
  private final class Rows implements Iterator<ProvinceReading> {
    private final Plan plan;
    private final ArrayDeque<ProvinceReading> buffer = new ArrayDeque<>();
    private int next;

    Rows(Plan plan) {
      this.plan = plan;
    }

    @Override
    public boolean hasNext() {
      while (buffer.isEmpty() && next < months()) {
        fill(next++);
      }
      return !buffer.isEmpty();
    }

    @Override
    public ProvinceReading next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return buffer.removeFirst();
    }

    private void fill(int k) {
      YearMonth ym = month(k);
      LocalDateTime start = ym.atDay(1).atStartOfDay();
      for (int c = 0; c < CARRIERS.length; c++) {
        // Drawn for every carrier and month, so that a gap or a missing series leaves the others' values as they are.
        double noise = plan.values.nextDouble(-0.05, 0.05);
        boolean alternative = plan.values.nextDouble() < 0.1;
        Series s = plan.series[c];
        if (!s.present || s.gaps[k]) {
          continue;
        }
        int year = k / 12;
        double value = plan.annual[c] / 12 * Math.pow(1 + plan.trend, year) * SEASON[c][k % 12] * (1 + noise);
        String unit = CARRIERS[c].unit();
        if (alternative && c != NATURAL_GAS) {
          value /= 1000;
          unit = c == ELECTRICITY ? "MWh" : "t";
        }
        String id = plan.school.id();
        String meter = id + "-" + CARRIERS[c].name() + "-";
        String name = CARRIERS[c].name();
        if (fifteenMinutes(c)) {
          int slots = slots(k);
          int split = k == s.replacement ? (int) Math.round(s.fraction * slots) : s.replacement >= 0 && k > s.replacement ? 0 : slots;
          double perWeight = value / (ym.lengthOfMonth() * DAY_WEIGHT);
          for (int slot = 0; slot < slots; slot++) {
            buffer.add(new ProvinceReading(id, name, start.plusMinutes(15L * slot),
                round(perWeight * SLOT_WEIGHT[slot % SLOTS_PER_DAY]), unit, meter + (slot < split ? 1 : 2)));
          }
        } else if (k == s.replacement) {
          buffer.add(new ProvinceReading(id, name, start, round(s.fraction * value), unit, meter + 1));
          buffer.add(new ProvinceReading(id, name, start, round((1 - s.fraction) * value), unit, meter + 2));
        } else {
          buffer.add(new ProvinceReading(id, name, start, round(value), unit,
              meter + (s.replacement >= 0 && k > s.replacement ? 2 : 1)));
        }
      }
    }
  }

  private List<BadReading> bad(int n) {
    SplittableRandom r = new SplittableRandom(seed ^ (-1L * GOLDEN)).split();
    List<BadReading> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String school = schools.get(r.nextInt(schools.size())).id();
      LocalDateTime start = month(r.nextInt(months())).atDay(1).atStartOfDay();
      double value = round(r.nextDouble(10, 10_000));
      String e = Carrier.ELECTRICITY.name();
      out.add(switch (i % 4) {
        case 0 -> new BadReading(new ProvinceReading(school, "COAL_GAS", start, value, "m3", school + "-COAL_GAS-1"),
            "UNKNOWN_CODE", "carrier");
        case 1 -> new BadReading(new ProvinceReading(school, e, start, -12.5, "kWh", school + "-" + e + "-1"),
            "INVALID_VALUE", "value");
        case 2 -> new BadReading(new ProvinceReading(school, e, start, value, "m3", school + "-" + e + "-1"),
            "UNIT_MISMATCH", "unit");
        default -> new BadReading(new ProvinceReading(BAD_SCHOOL, e, start, value, "kWh", BAD_SCHOOL + "-" + e + "-1"),
            "UNKNOWN_CODE", "school_id");
      });
    }
    return List.copyOf(out);
  }

  /** {@code v} rounded to 3 decimals, at least 0.001. */
  private static double round(double v) {
    return Math.max(0.001, Math.round(v * 1000) / 1000.0);
  }

  private static double[] mean1(double... w) {
    double mean = sum(w) / w.length;
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = w[i] / mean;
    }
    return out;
  }

  private static double sum(double[] w) {
    double s = 0;
    for (double x : w) {
      s += x;
    }
    return s;
  }

  private static double[] slotWeights() {
    double[] w = new double[SLOTS_PER_DAY];
    for (int slot = 0; slot < SLOTS_PER_DAY; slot++) {
      int hour = slot / 4;
      w[slot] = hour < 6 ? 0.45 : hour < 8 ? 0.9 : hour < 17 ? 1.6 : hour < 21 ? 1.0 : 0.55;
    }
    return w;
  }
}
