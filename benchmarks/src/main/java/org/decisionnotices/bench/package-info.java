/**
 * JMH benchmarks, each against a floor measured in the same run. Run from the project root (they
 * read examples/data): {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package org.decisionnotices.bench;
