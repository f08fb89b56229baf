/**
 * Ratings (好差评): the levels and tags citizens rate answers and conversations with, where
 * ratings are stored, the satisfaction summary for supervisors, and the follow-up of bad ratings.
 */
package org.govassist.server.rating;
