package io.competency.evaluation.plan;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The order of a partner-wide evaluation's results: the highest achieved tier first (no tier achieved is
 * lowest), then the option closest to its next tier, then catalog order.
 *
 * <p>Closeness is the sum, over the next tier's requirements, of shortfall ÷ required: each requirement
 * weighs by the fraction still missing, so "short of 1 of 2 people" and "short of US$5,000 of 10,000" are
 * equally far, whatever the units. A requirement with nothing required adds nothing; an option with no next
 * tier (its top tier achieved) is at distance 0. The sums are compared as exact fractions, never rounded,
 * so that equal distances reached by different routes (1/3 + 1/3 + 1/3 and 1/1) tie and fall to catalog
 * order instead of to rounding noise.
 */
public final class PartnerOrder implements Comparator<PartnerOrder.Standing> {
  /** The one instance: the order holds no state. */
  public static final PartnerOrder INSTANCE = new PartnerOrder();

  private static final Comparator<Standing> ORDER = Comparator
      .comparing(Standing::achievedRank, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
      .thenComparing(Standing::distance)
      .thenComparingInt(Standing::catalogIndex);

  private PartnerOrder() {
  }

  @Override
  public int compare(Standing a, Standing b) {
    return ORDER.compare(a, b);
  }

  /**
   * Where one option's evaluation stands.
   *
   * @param achievedRank the rank of the achieved tier, or null when no tier is achieved
   * @param nextTier one entry per requirement of the next tier (met ones too: they add 0); empty when
   *     there is no next tier
   * @param catalogIndex the option's position in catalog order
   */
  public record Standing(Integer achievedRank, List<Shortfall> nextTier, int catalogIndex) {
    public Standing {
      Objects.requireNonNull(nextTier, "nextTier");
      nextTier = List.copyOf(nextTier);
    }

    /** Σ shortfall ÷ required over the next tier's requirements, exactly. */
    Fraction distance() {
      Fraction sum = Fraction.ZERO;
      for (Shortfall requirement : nextTier) {
        sum = sum.plus(requirement.fraction());
      }
      return sum;
    }
  }

  /**
   * How far one requirement is from met, in its own unit (people, users, customers, US dollars…).
   *
   * @param shortfall how much is missing, {@code max(0, required − actual)}
   * @param required the threshold
   */
  public record Shortfall(long shortfall, long required) {
    public Shortfall {
      if (shortfall < 0 || required < 0) {
        throw new IllegalArgumentException("shortfall and required must not be negative, got "
            + shortfall + " of " + required);
      }
    }

    Fraction fraction() {
      return required == 0 ? Fraction.ZERO : Fraction.of(shortfall, required);
    }
  }

  /** A non-negative rational number in lowest terms. */
  record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {
    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    static Fraction of(long numerator, long denominator) {
      return reduced(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    Fraction plus(Fraction other) {
      return reduced(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
          denominator.multiply(other.denominator));
    }

    @Override
    public int compareTo(Fraction other) {
      return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    private static Fraction reduced(BigInteger numerator, BigInteger denominator) {
      BigInteger gcd = numerator.gcd(denominator);
      return gcd.signum() == 0 ? ZERO : new Fraction(numerator.divide(gcd), denominator.divide(gcd));
    }
  }
}
