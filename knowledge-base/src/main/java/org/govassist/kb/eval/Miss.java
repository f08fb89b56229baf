package org.govassist.kb.eval;

/**
 * A question a system did not get right, kept for the error listing.
 *
 * @param question the question with its gold guides
 * @param outcome how it turned out
 * @param response what the system replied
 */
record Miss(LabelledQuestion question, Outcome outcome, Response response) {

}
