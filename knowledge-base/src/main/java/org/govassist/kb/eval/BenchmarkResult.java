package org.govassist.kb.eval;

/**
 * The speed and size of the engine over one knowledge base.
 *
 * @param knowledgeBase what the knowledge base is, e.g. {@code demo}
 * @param guides how many guides it has
 * @param questions how many distinct questions were asked per round
 * @param buildMillis how long building the engine took
 * @param heapAfterBuildBytes heap in use after the build and a full collection, everything alive
 * @param engineHeapBytes the part of it the engine holds: the growth over the heap in use just before the build
 * @param latencies the single-thread latencies of the measured rounds
 * @param singleThreadPerSecond questions answered per second by one thread
 * @param twoThreadsPerSecond questions answered per second by two threads together
 */
record BenchmarkResult(String knowledgeBase, int guides, int questions, double buildMillis, long heapAfterBuildBytes,
		long engineHeapBytes, Latencies latencies, double singleThreadPerSecond, double twoThreadsPerSecond) {

}
