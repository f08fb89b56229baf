package org.govassist.kb.eval;

/**
 * How one system did on one question set. What each figure means is spelled out in
 * docs/benchmarks.md; in short:
 *
 * @param system the system's name
 * @param questions how many questions were asked
 * @param inScope how many of them some guide answers
 * @param outOfScope how many of them no guide answers
 * @param direct in-scope questions answered with a gold guide
 * @param resolved in-scope questions answered with a gold guide or clarified with one among the options
 * @param wrong all questions answered with a guide that does not answer them
 * @param clarified all questions asked back about
 * @param fellBack all questions given up on
 * @param outOfScopeAbstained out-of-scope questions not answered
 * @param top1 in-scope questions whose first ranked guide is a gold one
 * @param top3 in-scope questions with a gold guide among the first three ranked
 * @param p50Millis median latency of one question
 * @param p99Millis 99th percentile latency of one question
 */
record Metrics(String system, int questions, int inScope, int outOfScope, Ratio direct, Ratio resolved, Ratio wrong,
		Ratio clarified, Ratio fellBack, Ratio outOfScopeAbstained, Ratio top1, Ratio top3, double p50Millis,
		double p99Millis) {

}
