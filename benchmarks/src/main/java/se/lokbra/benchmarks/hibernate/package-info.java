/**
 * The peer in the benchmarks: the same measures mapped with Hibernate ORM 6 ({@link
 * se.lokbra.benchmarks.hibernate.MeasureEntity}) and read into lokbra's domain values ({@link
 * se.lokbra.benchmarks.hibernate.HibernatePeer}), so that a user can see what lokbra costs against what they would
 * otherwise pick. Benchmark-only; nothing here is published.
 */
@NullMarked
package se.lokbra.benchmarks.hibernate;

import org.jspecify.annotations.NullMarked;
