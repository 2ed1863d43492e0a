package org.concordia.consensus.service.measures;

/** Why a coefficient has no value, in words a supervisor can act on. */
final class Explanations {

    static final String ONE_CODER = "Only one coder read this text, so there is nothing to compare.";
    static final String NOTHING_PAIRABLE = "No unit was coded by two coders yet, so there is nothing to compare.";
    static final String ONE_VALUE = "Every coding used the same value, so chance agreement is total and the"
            + " coefficient is not defined (agreement is complete but says nothing about reliability).";
    static final String NOT_TWO_CODERS = "Cohen's kappa compares exactly two coders; see the coder-pair matrix.";

    private Explanations() {
    }
}
