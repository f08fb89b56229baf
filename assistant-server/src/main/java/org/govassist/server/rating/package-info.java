/**
 * Ratings (好差评): the levels and tags citizens rate answers and conversations with, where
 * ratings are stored, and the satisfaction summary for supervisors.
 */
package org.govassist.server.rating;
