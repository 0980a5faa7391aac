/**
 * Exchange: bulk export and import of case bundles as NDJSON, one {@code {child, case, events[]}} per line, the same
 * format both ways ({@link org.komar.exchange.ExchangeBundle}). The export ({@link org.komar.exchange.Exporter})
 * writes every case in the caller's scope, audited case by case; the import ({@link org.komar.exchange.Importer})
 * checks each line with the cases, child and timeline modules' own validation ({@link org.komar.cases.CaseImports}),
 * stores each line whole or not at all, skips lines whose case is already there, and reports every line. Imports run
 * from the API, the administrators' page (in the background, with progress) and the command line; each is a run
 * with its progress and refused lines kept in {@code import_run} and {@code import_refusal}. See docs/exchange.md.
 */
package org.komar.exchange;
