/**
 * Resolve throughput: synthetic claims (1 million by default) resolved into incidents on SQLite
 * through the same service the resolve job uses (prepare → working set through the place + day index →
 * pure stage → one audited write per batch), reports arriving in time order in batches, as a feed
 * would bring them. Prints claims/s, incidents, store size and peak RSS (memory stays bounded: only a
 * batch and its neighbourhood are in memory).
 *
 * The synthetic world (test/fixtures/resolve/synthetic-claims.ts): 2,000 places across Syria; events
 * (place, day, type, attacker) told by 1–3 reports each, with tolls that differ by source; 80 % of
 * claims dated to the day, 15 % with only a publication date (the week before it), 5 % undated.
 * Reports carry 1–3 claims (different places).
 *
 * Run: `npm run bench:resolve [-- --claims 1000000 --batch 2000]` (batch = reports per transaction);
 * `--bulk [--lag 10 --tx-claims 5000]` runs the bulk path for backlogs (backlog-resolve.ts) instead.
 * Two digests are printed: one over the stored incidents with their ids (two runs of one path), and a
 * canonical one naming each incident by its smallest claim id (the bulk and the incremental path name
 * incidents differently: compare them on that one).
 * `R2P_BENCH_KEEP=1` keeps the store, to compare the incidents of two runs (e.g. two batch sizes).
 * Index pages that many claims touch are written once per commit: at 60,000 claims a batch of 2,000
 * reports (about 3,300 claims) wrote half the bytes of a batch of 500, with 16 % less CPU.
 *
 * The store keeps the index rows of recent days in memory between batches (claim-cell-cache.ts,
 * valid while resolution's write stamp, migration 015, is the one its last write left). Same machine,
 * both runs side by side (2 cores, load 11–16): at 100,000 claims 1,668 → 1,810 claims per CPU-second,
 * `findClaims` 163–223 → 108–154 CPU ms per 1,000 claims, peak RSS 513 → 655 MB; with batches of 50
 * reports, as small as the job's, at 20,000 claims 865 → 1,034 (`findClaims` 313–428 → 192–218); at
 * 300,000 claims (runs apart) 1,353 → 1,478, last quarter 1,020 → 1,327, peak RSS 597 → 761 MB. The
 * digest printed below was the same as before at 20,000, 100,000 and 300,000 claims. What is left is
 * spread thin: SQLite's writes (inserts and commit) about a quarter of the CPU at 300,000 claims, the
 * pure stage an eighth, garbage collection a tenth, the bounded history search a tenth and growing.
 *
 * Where a claim's CPU goes at 100,000 claims (each statement timed inside better-sqlite3, load ~6):
 * about 570 µs per claim, of which SQLite ~200 µs — commit 59, claim_cells inserts 48, incident_claims
 * 23, incidents 20, the history search 20, incident_map 14, reads ~20 — and JavaScript ~370 µs: the
 * working set and its lookups, the stage, `apply`'s row comparison and serialisation, and garbage
 * collection (a sixth of the whole). The commit and the claim_cells inserts grow with the store: each
 * batch writes a page per place key (a few thousand keys: entries, names, grid cells). Keying
 * claim_cells day first with a place-first index (tried at 100,000 claims) left both as they were: the
 * place-first index still takes a page per key, and the history search got slower; dropped. So does a
 * larger WAL autocheckpoint (16,384 pages; within the noise; dropped). The ≥ 20,000 claims per second
 * of issue 9 (50 µs a claim) is below what SQLite alone takes here; it needs fewer index pages written
 * per claim, not tuning.
 * With `--batch 1`, one report per transaction as the `resolve-report` job resolves today, 5,000
 * claims ran at 292 claims per CPU-second against 933 with `--batch 50` (load ~14): the commit and
 * each transaction's fixed reads and writes dominate, and the job draining its queue in batches is the
 * first step to the product's throughput.
 * The history search's page statement compiled once per shape (claim-history-query.ts), and the
 * output's incident metas taken from the stage's own read: interleaved runs, load 15–17, at 20,000
 * claims 16.1 and 16.3 → 14.4 and 14.7 CPU s (1,243 and 1,225 → 1,388 and 1,358 claims per CPU-second);
 * at 100,000 claims (runs one after the other, load 17–20) 73.4 → 61.4 CPU s (1,362 → 1,630), peak RSS
 * 683 → 672 MB. Digests unchanged (1df542bc… at 20,000, 4db1aeb4… at 100,000). Each claim's attackers
 * and each actor's allies computed once (compare-claims.ts) came after, digest unchanged; its gain is
 * below what this machine's noise lets a run show.
 * Migration 016 (claim_cells without its JSON anchor, which the screening columns hold; the unread
 * incidents_place_day_idx dropped), the runs before and after started together so that both see the
 * same load (2 cores shared with other work, load 7–12): at 100,000 claims 48.2 → 46.6 and 52.5 → 49.9
 * CPU s (2,077 → 2,146 and 1,903 → 2,004 claims per CPU-second); the writes are what fell, in every
 * quarter of both pairs (`--steps`, ms per 1,000 claims): the commit 36–70 → 34–56 and 40–68 → 33–62,
 * `apply` 142–169 → 126–165 and 157–193 → 145–167; store 579 → 551 MB, peak RSS 675 → 699 and 674 → 676
 * MB; at 20,000 claims 10.5 → 9.9 and 10.9 → 11.0 CPU s (within the noise), store 135 → 128 MB. Digests
 * unchanged (1df542bc…, 4db1aeb4…).
 * Kept too: a young generation of 64 MB semi-spaces for the job threads (thread-pool.ts; this bench
 * runs in the main thread, so measured with `node --max-semi-space-size=64`): at 100,000 claims 50.1 →
 * 46.6, 51.1 → 50.3 and 52.2 → 49.3 CPU s, three pairs started together, peak RSS 672, 654, 679 → 662,
 * 695, 673 MB, digest unchanged.
 * Tried the same way and dropped: a 256 MB page cache (46.6 → 46.9 CPU s, peak RSS +200 MB);
 * wal_autocheckpoint of 65,536 pages (49.9 → 51.0, the WAL grew to 260 MB); keeping the claim rows the
 * last batches read or wrote in memory, parsed, under the write stamp: at 20,000 claims a batch reads
 * only 0.34 stored claims by id per new claim (6,811 for 20,000; the working set holds 1.29 claims per
 * new claim), so at most about 1 % to gain for some 150 MB held.
 * Most of what a claim costs now follows from what it stores: each new claim writes 1.01 claim rows and
 * 0.64 incident rows (the stage rebuilds 0.67 incidents per claim and 94 % of them differ from what is
 * stored), about 5 KB with their index entries (a claim row 1.85 KB, an incident row 1.9 KB, three
 * claim_cells rows of about 0.15 KB), all serialised, hashed, inserted and committed. 20,000 claims per
 * second (50 µs a claim) needs fewer bytes per claim (claim bodies that do not repeat the extraction's
 * place and evidence, incident bodies without what their claim rows hold) and a stage several times
 * cheaper. A bulk path for backlogs (one write per claim and incident, index rows written in key order)
 * would remove the rewrites, not the bytes: copying the resolution tables of a finished 20,000-claim
 * store into an empty one in key order, in one transaction, took 40–44 µs of CPU per claim (load ~11),
 * the commit and checkpoint a third of it, before any serialisation or stage work.
 *
 * The bulk path for backlogs (`--bulk`, backlog-resolve.ts: the stage's clustering steps in time order
 * over a window of open days, each finished incident and its claims written once, in transactions of
 * 5,000 claims, without reading rows to compare; late and undated claims through the incremental path
 * after it). Resolver version 6 (the claim an explanation names no longer depends on the order claims
 * joined) changed the digests with ids, so both paths were run again, each compared on the canonical
 * digest (2 shared cores, load 5–11):
 * - 20,000 claims: incremental 11.3 CPU s (1,776 claims per CPU-second, 18.3 s wall, load ~5), bulk 7.4
 *   CPU s (2,689, 13.9 s wall); canonical digest f6d04867… both (ids: 70130fcc… and 5fdf1f35…);
 * - 100,000 claims: incremental 50.1 CPU s (1,996; 101 s wall, load ~9; peak RSS 687 MB, store 562 MB),
 *   bulk 33.2 and 34.5 CPU s (3,012 and 2,896; 67.5 and 80.5 s wall, load 8–10; peak RSS 705 and 675
 *   MB; store 627 MB with its WAL); canonical digest 6dab6339… both (ids: f5fabf90… and 5936d452…).
 *   Bulk CPU: 28.9 s in the time-ordered pass, 5.6 s in the second pass (5,218 undated claims, 1.1 ms
 *   each). Where a claim's ~330 µs went (CPU profile and each statement timed inside better-sqlite3):
 *   SQLite about 150 µs (inserts into claim_cells ~33, incident_claims ~22, incidents ~17, incident_map
 *   ~10, the commits ~20, the undated claims' history search ~8), garbage collection ~50, the
 *   clustering steps ~44, building, grading and naming incidents ~33, serialising and hashing rows ~30.
 *   A page cache of 256 MB (CPU 16.8 → 18.3 s at 50,000), `--max-semi-space-size=64` (18.7) and
 *   transactions of 20,000 claims (same CPU as 5,000, a third more WAL) gained nothing; dropped.
 * - 1,000,000 claims, bulk once (load 7–11): 1,215 s wall (823 claims/s), 537 CPU s (1,861 per
 *   CPU-second), peak RSS 1,165 MB, store 5,171 MB, 610,587 incidents, canonical digest d2661828… (the
 *   incremental path was not run again at a million under version 6: about 17 minutes). The window
 *   never held more than 15,051 claims (14,847 at 100,000), but the bench keeps the 50,676 undated
 *   claims for the second pass in memory (from stored reports `r2p incidents resolve --bulk` keeps only
 *   their ids). The time-ordered pass took 341 CPU s (949,324 claims, 359 µs each, 2,785 per
 *   CPU-second): its cost stays nearly flat as the store grows. The second pass took 196 CPU s, 3.9 ms
 *   per undated claim (1.1 ms at 100,000): each goes through the incremental path, which reads the
 *   place's history up to 17 fits, parses those claims and their incidents' claims, and rewrites the
 *   incident it joins; at a million most of them are crowded out. Transactions' steps (CPU ms per 1,000
 *   claims over the run): apply 186, stage and working set 148, commit 60, findClaims 41.
 * 20,000 claims per second is not reached: about 7× short per CPU-second. Next, by size: (1) decide the
 * undated claims of a backlog from the index rows alone (the crowding test is exactly the index's
 * screen, `undatedFits`), reading claims only for the few that can join: a third of the million's CPU;
 * (2) fewer bytes per claim (a claim row without what the extraction stores, the claim's three index
 * rows, incident rows without what their claim rows hold): SQLite's half; (3) the writes in a second
 * thread while the next window is clustered (both cores); (4) fewer copies of each claim (garbage
 * collection, a sixth).
 * Tried for (1) and not kept (2026-12-06; the change is described here, not committed): an undated
 * claim whose place history holds no dated claim the index screen accepts (the incremental path's own
 * search, `undatedHistoryQuery`, finds nothing, so its working set there is the claim alone) written as
 * its own incident in one transaction per batch, the rest through the incremental path, after the late
 * claims. Same incidents: canonical digests f6d04867… (20,000), 6dab6339… (100,000), d2661828…
 * (1,000,000), the id digests too at 20,000 and 100,000. The second pass's CPU did not fall: 20,000
 * claims (1,057 undated, 71 % decided by the index; load 2.7–3.0) 0.67 → 0.89 s; 100,000 (5,218, 51 %;
 * load 3.9–6.6) 4.56 → 4.58 s (0.87 → 0.88 ms a claim: the index search 0.20 ms, writing those decided
 * 0.24 ms each, 2.67 s for the 49 % left to the incremental path); 1,000,000 (50,676, 28 %; the runs
 * one after the other, load 1.0–4.4) 145.6 → 141.4 s (2.87 → 2.79 ms a claim, within the noise: the
 * time-ordered pass, unchanged, took 298 and 267 s), in all 444 → 408 CPU s (2,253 → 2,451 claims per
 * CPU-second; 451 and 452 s wall; peak RSS 1,248 and 1,321 MB). With it, at a million: the
 * search 14.7 s, the writes 3.4 s, the 36,372 left to the incremental path 121 s, 3.3 ms each. The
 * claims the index decides were already the cheap ones; the cost is in those it cannot: a claim with
 * fits stays alone when more than 16 fit, but is said to be crowded out only if some fitting incident
 * would take it, which needs those incidents' claims, what the incremental path reads. Next for (1):
 * decide the crowded ones from their fits' incidents read once per place (the second pass is sorted by
 * place), not once per batch and claim.
 * The undated claims of a backlog decided together (backlog-undated.ts; 2026-12-06), after the
 * time-ordered pass and the late claims: in batches sorted by place, each claim's bounded search as
 * before, the incidents it found read once per batch (a crowded claim's newest fit's first, the others
 * only if that one would not take it, its whole history only if none of its newest 17 would: as
 * `clusterClaims` over all the claims decides), rule 3 in memory (`proposeUndatedClaim`), the
 * proposals accepted at once and each joined incident written once. Same incidents: canonical digests
 * f6d04867… (20,000), 6dab6339… (100,000), b558c4b3… (100,000 with `--places 200 --days 1100`), with
 * the id digests (5fdf1f35…, 5936d452…, a98b3868…). `--places 200 --days 1100` gives each place at
 * 100,000 claims the million's history (500 claims) and crowding: there the second pass cost 2.5 ms
 * per undated claim before (the million's 2.9), and, runs started together (`npm run bench:resolve --
 * --bulk --claims 100000 --places 200 --days 1100`, the old commit from `git archive`): 12.3 → 6.0
 * CPU s (load ~6), 20.6 → 8.8 (load ~9), 16.7 → 6.7 (load 12–15; the run 44.0 → 33.3 CPU s, 2,274 →
 * 3,005 claims per CPU-second). At 2,000 places the histories are short and it changes little:
 * 100,000 claims 5.2 → 4.5 and 5.2 → 4.8 CPU s (load 10–14), 20,000 0.88 → 0.85. Where the second
 * pass's CPU goes now (profile, `--places 200`): SQLite's calls more than half (the bounded searches of
 * the place histories over a quarter, reading and parsing the fits and their incidents' claims about a
 * fifth, inserting the undated claims' own incidents 7 %), garbage collection a tenth, the decisions in
 * memory about 5 %: what is left is the store's (a search per claim, rows read in full to learn a fit's
 * incident), in files this pass does not own.
 * At 1,000,000 claims (one run, load 9–15, other work on both cores; commit before the per-day
 * buckets below): 423 CPU s (2,364 per CPU-second, 2,029 s wall, peak RSS 1,184 MB), the second pass
 * 81.0 CPU s (50,676 undated claims, 1.60 ms each; 145.6 s, 2.87 ms, at load 1–4 before), the
 * time-ordered pass 342 s (298 and 341 s in earlier runs at loads 1–4 and 7–11); canonical digest
 * d2661828… as before (ids: 51519700…). Two undated claims there had to be searched again (none of
 * their newest 17 fits' incidents would take them); it changed neither.
 * The time-ordered pass: rule 1 looks only at its own day's clusters (a per-day place index,
 * `ClusterBuilder.nearOnDay`, small buckets dropped with their day), and dates are numbered once
 * (`dayNumber`). The windowed driver alone over 100,000 claims (no store; profile): its index work
 * (`at`, `add`, `remove`, `holdsDay`) 9.0 → 5.8 s of profile. The whole run does not show it beyond
 * the noise: 100,000 claims 34.6 → 34.5 CPU s (2,893 → 2,899 per CPU-second, runs started together,
 * load 12–14), 20,000 8.3 → 8.3 (2,417 → 2,422). Per claim at 100,000 (profile of the whole run):
 * SQLite's calls about 36 %, garbage collection 15 %, clustering 12 %, serialising and hashing rows
 * 8 %, building and grading incidents 7 %, the store adapter 6 %, the services 5 %.
 * 20,000 claims per second is still far: about 3,000 claims per CPU-second at 100,000 (7× short), and
 * SQLite's share alone (about 120 µs a claim) is more than twice the 50 µs a claim that needs.
 * Fewer bytes and fewer index pages per claim (2026-12-06, the write side; `--bulk --claims 100000`;
 * measured before the undated claims were decided together, above, which the write side does not touch):
 * - compact rows (migration 017, incident-rows.ts): a claim body without its `id` and `reportId` (the
 *   row's columns), an incident body without `reports`, each source's `reportIds` (its claim rows'),
 *   `id`, `updatedAt`, and `createdAt` and `review` when they are the row's; each serialised once and
 *   hashed as stored. Per claim at 100,000: row payload 3,971 → 3,629 bytes (claim row 1,853 → 1,701,
 *   incident rows 1,131 → 941, i.e. 1,881 → 1,565 per incident; claim_cells 397 and the rest as they
 *   were), the file 4,989 → 4,426 bytes (store 499 → 443 MB, 627 → 551 MB with its WAL); the JSON of
 *   every incident of 3,000-claim stores (both paths, reviews among them) identical before and after,
 *   migrated or written new. CPU (runs apart) 34.8 s at load 2.4 → 32.6 s at load 6.6;
 * - the bulk path's deferred indexes (deferred-indexes.ts): the eleven secondary indexes of incidents,
 *   incident_claims and incident_map, which the time-ordered pass writes a random page of per row and
 *   never reads, dropped before it and built once after it (runs side by side, load ~9): 31.1 → 29.8
 *   CPU s, the time-ordered pass (index build included) 26.1 → 25.1, peak RSS 713 → 629 MB.
 * - both together against the code before, side by side at load 13: 35.9 → 35.0 CPU s (2,789 → 2,857
 *   claims per CPU-second; 164 s wall both), peak RSS 745 → 672 MB. Digests unchanged (5fdf1f35… and
 *   f6d04867… at 20,000; 5936d452… and 6dab6339… at 100,000);
 * - 8 KB pages for a new store (sqlite-dialect.ts; an existing file keeps its own): at 50,000 claims,
 *   two pairs side by side at load 11–12, 16.9 → 16.0 and 19.9 → 18.6 CPU s (16 KB pages: 18.0), store
 *   310 → 288 MB; the incremental path in batches of 50 reports at 20,000 16.2 → 15.8 (not worse);
 * - all three against the code before, side by side at load 5–6: 26.9 → 24.5 CPU s (3,717 → 4,088
 *   claims per CPU-second; 30.8 → 27.1 s wall, 3,242 → 3,689 claims/s), peak RSS 721 → 763 MB, the
 *   file 4,989 → 4,107 bytes per claim (499 → 411 MB), digests unchanged;
 * - merged with the undated claims decided together, against main (863cc1e) side by side at load
 *   4–5: 26.6 → 23.9 CPU s (3,753 → 4,184 claims per CPU-second; 29.5 → 26.7 s wall, 3,387 → 3,739
 *   claims/s), store 629 → 513 MB with its WAL, peak RSS 709 → 720 MB, digests unchanged;
 * - 1,000,000 claims with the first two, before the page size (load 10–12, the other helpers' work beside it): 493 CPU s (2,027 per CPU-second;
 *   1,485 s wall, 674 claims/s), the time-ordered pass 312 s with the index build, the second pass
 *   181 s; peak RSS 1,163 MB; store 4,583 MB (5,171 before); 610,587 incidents, canonical digest
 *   d2661828… as before. Before: 537 CPU s at load 7–11, 444 at load 1–4: at this load the runs
 *   cannot tell a few per cent apart.
 * Tried and dropped or not done: hashing and serialising less (one JSON.stringify per row now, the
 * decisions of a fresh change not computed): below the noise. A second thread for the writes: the
 * inserts and commits (about 100 µs of a claim's 300) could overlap the clustering on the other core,
 * at most a third off the wall time on an idle machine, nothing at load 4–10, and the CPU per claim
 * does not fall (the rows must cross to the thread); crash safety would hold (the same transactions in
 * the same order, the stamp checked in the writer), not built. Pragmas for the bulk transactions: in WAL
 * with synchronous=NORMAL a commit already writes the WAL without an fsync (a process crash loses no
 * committed transaction; a power loss may lose the last ones, as for every write); synchronous=OFF (no
 * fsync at checkpoints) or journal_mode=OFF/MEMORY could corrupt the store on a crash, and an exclusive
 * lock would block the job runner and server for the whole run: not taken. Claim bodies without the
 * extraction's place and evidence, rebuilt on read, need the extraction read with every claim (the
 * working set reads claims in every batch): not tried.
 * 20,000 claims per second is not reached: the bulk path is now about 2,900–4,100 claims per CPU-second
 * at 100,000 (5–7× short, by the load), 2,000 at a million under load 10–12. A claim's CPU is spread thin (SQLite's inserts and
 * commits about a third, garbage collection a sixth, clustering, building incidents, serialising the
 * rest); copying its rows alone into an empty store took 40–44 µs, so 20,000 per CPU-second needs both
 * a stage several times cheaper and rows several times smaller (a claim's id, 74 characters, is in its
 * row, its primary key and each of its three index rows), or the cores of a larger machine.
 * All of this session's changes together (the undated pass, the per-day index, compact rows, deferred
 * indexes, 8 KB pages; 2026-12-06, main at 467d7be, load 3–4, `--bulk --claims 1000000`): 298.9 CPU s,
 * 3,345 claims per CPU-second, 352.7 s wall (2,835 claims/s), peak RSS 1,155 MB by the bench's sampler
 * (3.5 GB by /usr/bin/time: the digest check after the run reads all
 * claim rows at once; at 100,000 claims both say about 0.73 GB), store 4,288 MB, digests 51519700… and
 * canonical d2661828… as before; against 444 CPU s (2,253 per CPU-second) at load 1–4 before. Six
 * times short of 20,000/s.
 * Tried and not kept: the second pass's history searches answered with their fits' incident ids,
 * reading no claim row (a store call `historyIncidents`): `--bulk --claims 100000 --places 200 --days
 * 1100`, four pairs back to back at load 3.0–4.2, second pass mean 5.48 → 5.39 CPU s, within the noise
 * (only 520 of 4,201 searched claims are crowded; the other fits belong to incidents read anyway). A
 * store method for no measured gain was not merged.
 * The writes on a second thread (2026-12-06; backlog-writer.ts): the time-ordered pass's transactions
 * are built on the main thread (rows serialised, each table packed as one flat array of values) and
 * written, in order, by a writer thread with its own connection, at most 2 in flight (`--single-thread`:
 * the old way); the window's last days are written as several transactions of about `--tx-claims`.
 * Digests unchanged (5fdf1f35… and f6d04867… at 20,000, 5936d452… and 6dab6339… at 100,000, both
 * ways). The bench prints the main thread's own CPU (its /proc task): the floor of the wall time on an
 * idle machine. At 100,000 claims, runs alternated (single, writer, single, writer; load 5.4–8.9):
 * process CPU 18.4, 18.6 → 20.5, 22.2 s (5,423, 5,384 → 4,876, 4,505 claims per CPU-second), main
 * thread 14.2, 14.3 → 11.6, 13.0 s, wall 24.7, 25.3 → 28.2, 45.7 s (4,041, 3,948 → 3,551, 2,188
 * claims/s: at this load no core is free, and the writer's extra CPU is the run's loss), peak RSS 738,
 * 683 → 842, 916 MB (the writer's heap and page cache, two transactions in flight). The writer wrote
 * for 10.3 and 16.3 s of wall while the main thread waited 0.5 and 0.7 s for it: the main thread
 * (clustering, building and serialising incidents, garbage collection, the second pass) sets the pace.
 * At 20,000 (load 10.6–12.0): CPU 4.6, 5.2 → 5.3, 5.4 s, main thread 3.0, 3.4 → 2.6, 2.6 s, wall 11.1,
 * 12.9 → 11.8, 9.9 s, peak RSS 429, 430 → 564, 616 MB. What left the main thread is SQLite's part of
 * the writes, a fifth of its CPU (14.2 → 11.6 s), less than the third estimated above: packing the
 * rows, copying them across (postMessage, ~0.7 s at 100,000) and unpacking them cost back part of it,
 * and a sixth of the process's CPU was never the main thread's (V8's garbage collection and compiler
 * threads). On an idle 2-core machine the floor of the wall time at 100,000 goes 14.2 → 11.6 s (at
 * most about 7,000 → 8,600 claims/s); 20,000 claims/s needs the main thread's own work cut about 3×.
 * At 1,000,000 claims, one run each way one after the other (load 8–11 and 7–11, both helpers' other
 * million-claim runs beside them): single thread 656.1 s wall (1,524 claims/s), 252.5 CPU s (3,960 per
 * CPU-second), main thread 217.5 s, peak RSS 1,105 MB; writer thread 563.8 s wall (1,774 claims/s),
 * 278.1 CPU s (3,596), main thread 166.1 s (the second pass 57 of it), peak RSS 1,287 MB (window at most
 * 15,051 claims, 186 transactions); digests 51519700… and d2661828… both. The floor of the wall time on
 * an idle machine goes 217.5 → 166.1 s (at most about 4,600 → 6,000 claims/s); the writer wrote for 293
 * s of wall and the main thread waited 2 s for it.
 * Where the main thread's time goes with the writer (profile, 50,000 claims; 11.0 s without the digest
 * check): garbage collection 21 %, the clustering steps 17 %, building the rows (freshChangeRows: claim
 * JSON, incident JSON and hashes, index and map rows) 14 %, building and grading incidents 10 %,
 * packing and copying the rows across 5 %, the input (synthetic reports) 4 %, the second pass and the
 * rest about a quarter. Next for the wall time: building incidents and their rows on the writer too
 * (about a quarter of the main thread; it needs the knowledge there and the clusters' claims sent,
 * e.g. as the claim JSON the main thread makes anyway), which would balance the two threads; the
 * second pass reads what the first wrote and cannot overlap it.
 * The time-ordered pass's index rows appended, then moved in key order (2026-12-06, migration 018,
 * pending-cells.ts). claim_cells is keyed by place key first: each 5,000-claim transaction wrote a page
 * of it per place key (thousands), most of them again in the next. The pass now appends its rows to
 * claim_cells_pending and moves them into claim_cells in key order every 300,000 rows and at its end (a
 * lookup or an open of the store moves pending rows first). Against main (f9f9164), runs started
 * together, `--bulk --claims 1000000`, load 9–12: 266.8 → 239.9 CPU s (3,748 → 4,168 claims per
 * CPU-second), the time-ordered pass 204.8 → 178.4, the second pass 62.1 → 61.5; 1,177 → 1,046 s wall
 * (850 → 956 claims/s); peak RSS 1,161 → 1,170 MB; store 4,288 → 4,333 MB with its WAL. A second pair
 * (load 6–10): 268.0 → 241.4 CPU s (3,732 → 4,143), the time-ordered pass 210.8 → 180.7, the second
 * pass 57.2 → 60.6; 1,099 → 1,013 s wall (910 → 988 claims/s); peak RSS 1,108 → 1,145 MB.
 * At 100,000 (load 9–12) 21.7 → 21.6 CPU s (4,617 → 4,625; there the index is small enough that a
 * transaction's pages were few anyway), file 4,098 → 4,093 bytes per claim (no free pages: later
 * writes take the pending rows' pages back), peak RSS 698 → 735 MB; at 20,000 4.7 → 4.7 CPU s. Digests
 * unchanged (5fdf1f35… and f6d04867… at 20,000, 5936d452… and 6dab6339… at 100,000, 51519700… and
 * d2661828… at a million).
 * How the write side was measured first: the rows of a finished 100,000-claim store replayed into an
 * empty one in time order, 5,000 claims a transaction, nothing else (46 µs a claim, min of three at
 * load 4–7); the same ten times over (ids and days shifted per copy: a million claims) 83 µs a claim,
 * 57 µs with the index rows appended and moved at the end. Evaluated so and not kept:
 * - an integer claim key in claim_cells (incident_claims' rowid, migration-made) for the 66-character
 *   id: 220 bytes a claim less, 46.0 → 43.5 µs at 100,000 (about 1 % of a claim's CPU). But a day's
 *   rows at a place are searched in claim id order (an undated claim's newest fits, cut at 17: the
 *   order keeps that search independent of ingestion order), and the screens read a claim's report
 *   from its id: each lookup would join incident_claims for the id. Appended and moved in key order,
 *   the rows' width now costs only the move;
 * - resolved_reports WITHOUT ROWID (no second B-tree on report_id): 46.0 → 47.1, nothing;
 * - integer keys for incident_claims, incidents and incident_map, their text ids in unique indexes
 *   built after the pass like the deferred ones: at a million 56.7 → 56.7 µs (the bench's report ids
 *   are counters, so those indexes take appends; sha256 ids would take a random page each);
 * - claim bodies cut to half their bytes in the replay: 48.8 µs against 46–53, within the noise (the
 *   cost is per row and per page written, not per byte).
 * The JavaScript of the bulk path's time-ordered pass (2026-12-06). Working claims were made by an
 * object spread with their four fields after it (`{ ...claim, incidentId, … }`): on Node 20 every
 * object so made gets a hidden class of its own (about 6 µs a claim in a micro-benchmark against 0.4
 * with Object.assign), and every later read of a working claim's fields, in clustering, comparing and
 * building, went through a megamorphic lookup. `workingClaim` (resolvable-claim.ts) makes them with
 * Object.assign, same keys in the same order, and so do the other such copies on the path (dated
 * anchors, perpetrators, a compact incident body's copies). Then, each cut from a profile: an incident
 * built without sorted copies or intermediate sets (its type, place and date bounds found in one pass,
 * no contest search for one accusation, the grade's list of sources only when said), no overlap map
 * when naming clusters of new claims, the clustering's indexes walked without building key lists, a
 * one-attacker claim's list shared, two event types' compatibility remembered, a claim body serialised
 * from its other keys (no whole text cut and joined), a cluster's days in a list. Same incidents:
 * digests unchanged (5fdf1f35… and f6d04867… at 20,000, 5936d452… and 6dab6339… at 100,000). Old (main
 * at f9f9164, from `git archive`) and new started together, `npm run bench:resolve -- --bulk`:
 * - 100,000 claims: 19.9 → 16.8 CPU s (5,019 → 5,956 claims per CPU-second; 59.3 → 48.5 s wall, 1,686
 *   → 2,063 claims/s; load 7–8) and 20.3 → 16.6 (4,932 → 6,024; 77.7 → 61.2 s wall; load 9–11); peak
 *   RSS 720 → 548 and 690 → 511 MB;
 * - 20,000 claims: 4.6 → 3.8 CPU s (4,388 → 5,217; load 7) and 4.9 → 4.3 (4,115 → 4,698; load 11–12);
 * - 1,000,000 claims (load 8–12, other helpers' work beside it): 260.5 → 214.5 CPU s (3,838 → 4,662
 *   claims per CPU-second; 1,015 → 819 s wall, 985 → 1,222 claims/s), the time-ordered pass 198.8 →
 *   164.0 CPU s, the second pass 61.7 → 50.5; peak RSS 1,152 → 1,093 MB; digests 51519700… and
 *   d2661828… both. Still about 4× short of 20,000 per CPU-second.
 * Where the time goes at 100,000 (CPU profiles of the two runs together, load 7–8, up to the digest
 * check; seconds of samples): clustering 4.3 → 2.4, building, grading and naming incidents 2.9 → 1.2,
 * the services 2.0 → 0.7, garbage collection 4.8 → 3.5 (allocations 4.8 → 4.1 GB), SQLite's calls 11.0
 * → 10.5, serialising and hashing rows 2.7 → 2.6, the store adapter 2.9 → 2.4; as shares of the new
 * run: SQLite 41 %, garbage collection 14 %, serialising 10 %, clustering 9 %, the store adapter 9 %,
 * building incidents 4.5 %, the services 2.6 %. What is left of the JavaScript is mostly
 * JSON.stringify's own cost (a claim body about 7 µs, an incident body about 11; the bytes stored must
 * not change) and the garbage of the window's claims, promoted while they wait for their day to close.
 * Tried and dropped: `--single-threaded-gc` (no change at load 5; scavenges under load wait for the
 * second core).
 * The writer thread with the pending index rows (2026-12-06, writer merged with main: the writer's
 * store defers the indexes, `applyRows` appends the index rows to claim_cells_pending and moves them
 * every 300,000 rows, the writer's close moves the rest and builds the indexes before the second pass).
 * Digests unchanged both ways (5fdf1f35… and f6d04867… at 20,000, 5936d452… and 6dab6339… at 100,000).
 * At 100,000 claims, runs alternated (single, writer, three times; load 2.4–5.3): wall 15.2, 13.9,
 * 17.9 → 12.9, 14.2, 20.8 s (6,570, 7,189, 5,584 → 7,774, 7,037, 4,804 claims/s), process CPU 17.5,
 * 16.2, 16.2 → 18.4, 19.1, 19.2 s (5,702, 6,167, 6,167 → 5,427, 5,226, 5,200 claims per CPU-second),
 * main thread 13.3, 12.3, 12.0 → 9.4, 9.6, 9.8 s, peak RSS 624, 656, 679 → 911, 828, 926 MB; the
 * writer wrote for 4.1, 4.2, 6.8 s of wall, the main thread waited 0.2–0.4 s for it. With the
 * stagecost JavaScript the main thread's floor is 12.0–13.3 → 9.4–9.8 s (a quarter off); the wall
 * gains only where the second core is free (the last pair ran as the load rose to 5).
 * Main with this session's write side, JavaScript and writer thread together (2026-12-06, cb4e6d6,
 * nothing else running, load 1.3–1.7 with the bench): at 100,000 claims, writer / single alternated,
 * wall 13.6, 14.3 / 15.5, 16.3 s (7,379, 6,979 / 6,458, 6,126 claims/s), process CPU 19.5, 20.3 / 17.9,
 * 18.8 s, main thread 10.0, 10.5 / 13.7, 14.4 s, peak RSS 817, 937 / 702, 715 MB, digests 5936d452… and
 * 6dab6339… all four. At a million (`--bulk --claims 1000000`, the writer thread, load 4.0–4.7 with a
 * helper's eval runs beside it): 241.7 s wall (4,138 claims/s; the first 200,000 at about 10,000/s,
 * then 5,500–6,000/s as the store grows), 213.9 CPU s (4,676 claims per CPU-second), main thread 127.6
 * CPU s, the writer writing 89.8 s and the main thread waiting 2.2 s for it; time-ordered pass 159.8 CPU
 * s, second pass 54.1; peak RSS 1,239 MB by the bench (before the digest check), store 4,333 MB;
 * digests 51519700… and d2661828… as before. The stop before: 298.9 CPU s, 352.7 s wall (2,835/s).
 * 20,000 claims per second is still about five times away at a million: the main thread's own CPU
 * (127.6 s) would have to fall about 2.5× with the writes overlapped, and the writes themselves (89.8 s
 * of the writer's wall) too.
 * Second pass and write side again (2026-12-06, branch rspeed; the machine shared with other helpers'
 * work throughout, load 3–13, so CPU seconds say more than wall time). Changes: (1) a key's dated history that
 * several bounded searches of one `findClaims` ask for is read once, unscreened, 1,024 rows a page, and
 * each search screened in memory (storage/shared-history.ts; `historyScreen` is the SQL screen with
 * attackers matched exactly): the undated claims of a batch, sorted by place, had each scanned their
 * place's whole history in SQL; (2) only the two deferred indexes resolution reads are built before the
 * second pass, the nine that lists, maps and the API read after it, so its incidents, claims and map
 * rows take no random page of them (50,000 rows into 600,000-row tables with those indexes: 7.1 CPU s,
 * without 0.5, the build after them 6.5 s either way); (3) a fresh change's index rows are not sorted on
 * the main thread (claim_cells_pending takes them in any order and the move sorts them): 15,000 rows a
 * transaction, about 0.4 s per 100,000 claims; (4) sha256 through Node's one-shot `crypto.hash`, a
 * third cheaper than a Hash object for an incident body. Digests unchanged: 5fdf1f35… and f6d04867… at
 * 20,000, 5936d452… and 6dab6339… at 100,000, a98b3868… and b558c4b3… with `--places 200 --days
 * 1100`, 51519700… and d2661828… at a million. At 100,000, three pairs alternated with main (850ad78, from `git archive`), load 13 → 7:
 * CPU 23.0, 23.8, 23.7 → 22.2, 21.1, 23.2 s (mean −5.5 %), main thread 12.3, 12.8, 12.7 → 12.2, 11.3,
 * 12.9 s, time-ordered pass (both threads, index builds included) 19.2, 20.0, 19.7 → 18.1, 17.1, 18.8,
 * second pass 3.81, 3.87, 3.98 → 3.55, 3.53, 3.85, store 478 → 457 MB (the nine indexes built last, in
 * one pass each), peak RSS 816, 915, 797 → 906, 952, 929 MB, wall 33.8, 32.9, 37.3 → 37.9, 22.4, 45.3 s
 * (the load, not the code). With `--places 200 --days 1100` (a place's history as at a million; (1)
 * alone, load 6–8): second pass 5.73, 5.61 → 4.78, 5.14 CPU s. At a million, one run each, one after the
 * other (`--bulk --claims 1000000`): main 241.3 s wall (4,144 claims/s, load 6.5 falling to 3.8), 219.0
 * CPU s, main thread 130.7, time-ordered pass 165.6, second pass 53.4, peak RSS 1,214 MB, store 4,333
 * MB; this branch 233.9 s wall (4,275 claims/s, load 3.8 → 2.8), 209.3 CPU s (−4.4 %; 4,778 claims per
 * CPU-second), main thread 128.6, time-ordered pass 154.1 (−7 %), second pass 49.2 (−8 %; 0.97 ms per
 * undated claim), peak RSS 1,345 MB (a batch's shared histories held, and the sampler's timing), store
 * 4,324 MB. An earlier run of the branch at load 6.5–10: 502.3 s wall, 212.2 CPU s, second pass 46.7.
 * Measured and not kept: a 128 MB page cache for the pending rows' moves (a move of 300,000 rows into
 * claim_cells took 1.2–1.4 CPU s with 16 MB and 1.5–1.6 with 128 MB, ten moves to a million rows in
 * a replay); one move at the end instead of every 300,000 rows (7.1 CPU s for the million's 3 million
 * rows against 12.5 for ten moves, but on the critical path after the pass, and 400 MB of the pending
 * rows' pages left free in the file); `pragma threads = 2` for the index builds (3.5 → 3.8 CPU s for
 * four indexes over 600,000 rows, no faster on two shared cores); the writer thread with the job
 * threads' young generation (no gain shown at load 11, peak RSS +60 MB).
 * Where the main thread's time still goes (profile, 100,000 claims, first pass): building the rows
 * (claim and incident JSON, hashes, index and map rows) a quarter, the clustering steps a fifth,
 * garbage collection a fifth (scavenges of 16 MB, a third of them surviving: the window's claims and
 * the transaction being built), building and naming incidents a tenth, packing and copying rows to the
 * writer a twelfth. The second pass (a quarter of a million's CPU): reading the fits' claim rows and
 * their incidents' claims a fifth, the searches a seventh, its inserts and commits a fifth, garbage
 * collection a seventh. 20,000 claims per second (50 s for the million) stays about four times away:
 * the main thread's own CPU alone (129–131 s at a million) exceeds 50 s twice over, and what it does is
 * JSON, hashing and the stage's own steps, which no setting removes.
 * On a quiet machine (2026-12-06, after the merge; load 0.3–2.0), one run each, one after the other, of
 * `--bulk --claims 1000000`: the session's start (850ad78) 168.6 s wall (5,930 claims/s), 225.1 CPU s,
 * main thread 135.8, time-ordered pass 170.3, second pass 54.8, peak RSS 1,263 MB, store 4,333 MB; main
 * after these changes 165.1 s wall (6,058 claims/s), 210.1 CPU s (−7 %), main thread 132.2, passes
 * 151.9 and 52.2, peak RSS 1,241 MB, store 4,324 MB; digests unchanged. Quiet, the first pass holds
 * about 9,500 claims/s to the end (under load it fell to 5,500–6,000): wall time is the main thread's.
 * Why the second pass cost about 1 ms an undated claim against the first pass's 0.16 (2026-12-07,
 * counted at 100,000 claims, profiles at 100,000 and with `--places 200 --days 1100`): each undated
 * claim reads its place's dated history (26 index rows at 2,000 places, 38 with the million's
 * histories), the claim rows of the incidents that fit it (2 and 8 rows, each body parsed), and was
 * written as a new incident on the main thread, in transactions of 2,000 claims whose inserts took a
 * random page of incidents, incident_claims (and its two indexes) and incident_map per row, the commit
 * writing them all; the first pass reads nothing and writes on the writer thread. Now the first step of
 * the undated claims' pass reads each batch without the lock or a transaction (`IncidentStore.read`)
 * and hands its new incidents to a writer thread of its own (`--lookup-batch` sets its batch). Same
 * incidents: 5fdf1f35… and f6d04867… at 20,000 (and `--single-thread`), 5936d452… and 6dab6339… at
 * 100,000, a98b3868… and b558c4b3… with `--places 200 --days 1100`, 51519700… and d2661828… at a
 * million. The summary gives each pass's main-thread CPU (`mainThreadCpu`) and the final index
 * build's CPU (`cpu.indexes`). Main-thread CPU of the second pass (the base's is its process CPU: it
 * ran in the main thread alone): 100,000 claims, two pairs alternated, 5.0 → 2.8 s (load 6–7) and 4.1 →
 * 2.9 s (load 4–6), the pass's process CPU 5.0 → 5.0 and 4.1 → 5.3 s (rows copied to the thread, the
 * thread's own work), main thread in all 14.3 → 12.9 and 14.7 → 14.0 s; `--places 200 --days
 * 1100` 5.5 → 3.5 s (load 7); a million, one run each one after the other (`--bulk --claims 1000000`):
 * base (5975f58) 585.5 s wall (1,708 claims/s, load 6.5 rising to 9.8 with the other run's digest
 * check beside it), 258.7 CPU s, main thread 159.0, time-ordered pass 185.5 CPU s, second pass 65.0,
 * peak RSS 1,221 MB, store 4,324 MB; this change 375.6 s wall (2,662 claims/s, load 7.2 → 6.1), 252.2
 * CPU s, main thread 144.5 (first pass 96.8, second 40.2 of the pass's 60.2 CPU s, the index build 7.5
 * CPU s), peak RSS 1,405 MB (a second writer thread's heap and queued batches), store 4,365 MB. A
 * first version read each batch in one transaction: a reader holding its snapshot while the writer
 * committed kept the WAL from starting over, and the store grew to 6,012 MB. What the second pass
 * still costs on the main thread is its reads (at the million's histories: the claim rows read and
 * parsed a third, the history pages a third, garbage collection a fifth) and building the rows it
 * hands over. Not done, measured only by estimate: the nine deferred indexes built on that writer
 * thread before its first write (about 7.5 CPU s off the main thread at a million, but its inserts
 * then take a random page of each, about 6.6 CPU s more, on two shared cores a loss).
 * The rows handed to the writer threads without a copy of their strings (2026-12-07, branch rsbulk;
 * 2 cores shared with other helpers' work, load 3–9 throughout: main-thread and CPU seconds say more
 * than wall time). A profile at 100,000 claims put packing the rows and postMessage (the structured
 * clone of each transaction's rows, some 20 MB of strings for 5,000 claims) at about a tenth of the
 * main thread, and garbage collection at a fifth: a transaction's rows, built whole before they were packed,
 * lived through several scavenges (16 MB each) and were promoted. Now (change-rows.ts) each writer
 * keeps a few SharedArrayBuffers (`SharedText`, one per transaction in flight, reused once it is
 * committed, grown as needed): a fresh change is packed row by row (`packFreshChange`: each claim,
 * index and incident row built and its strings written into the shared buffer as UTF-8 at once, so
 * they die young; no ChangeRows in between), numbers and string bounds in typed arrays moved to the
 * thread, and the thread reads the strings back out of the shared memory. The single-thread path
 * (`--single-thread`) still builds `freshChangeRows` and stays the reference: a unit test checks that
 * the packed rows unpack to exactly its rows. Same incidents: 5fdf1f35… and f6d04867… at 20,000 (both
 * ways), 5936d452… and 6dab6339… at 100,000, 51519700… and d2661828… at a million. `--bulk --claims
 * 100000`, alternated with the session's base (b6a063f, from `git archive`):
 * - the shared buffer alone, two pairs (load 3.9–5.7): main thread in the time-ordered pass 9.35,
 *   10.02 → 8.94, 8.62 CPU s; process CPU 26.1, 26.7 → 25.9, 24.2 s;
 * - with the row-by-row packing, two pairs (load 5.2–7.4): main thread in the time-ordered pass 10.21,
 *   13.44 → 8.01, 8.08 CPU s, main thread in all 13.3, 16.4 → 11.2, 11.8 s, process CPU 27.4, 33.5 →
 *   25.0, 25.3 s, wall 37.5, 51.6 → 33.8, 40.1 s, peak RSS 971, 907 → 822, 814 MB (/usr/bin/time);
 *   the main thread's scavenges at 50,000 claims (`--trace-gc`, one run each) 4.5 s with the shared
 *   buffer alone → 2.8 s with the row-by-row packing;
 * - all of it, two pairs as the load fell (2.4–3.7): wall 19.4, 19.4 → 15.8, 15.0 s (5,155 → 6,489
 *   claims/s), process CPU 28.0, 28.3 → 23.3, 22.0 s (3,552 → 4,415 claims per CPU-second), main
 *   thread 13.4, 13.5 → 10.6, 10.1 s (time-ordered pass 10.25, 10.57 → 7.74, 7.37; second pass 2.43,
 *   2.46 → 2.38, 2.24), the writer thread 5.75 and 5.21 CPU s, peak RSS 843, 720 → 828, 849 MB.
 * The summary now gives each writer thread's own CPU (`writer.cpu`, `writer.undatedCpu`). At a
 * million (`--bulk --claims 1000000`, load 5.5 rising to 8.3): 364.7 s wall (2,742 claims/s), 232.7
 * CPU s (4,297 claims per CPU-second), main thread 130.1 s (time-ordered pass 82.4, second pass 39.2),
 * the writer thread 59.4 CPU s in the time-ordered pass (11.5 in the second), which wrote for 182.9 s
 * of wall while the main thread waited 19.3 s for it: at this load the writer is starved of a core,
 * not slower than the main thread (59 against 82 CPU s); peak RSS 1,407 MB by the bench's sampler,
 * store 4,324 MB; digests 51519700… and d2661828…. The session's base right after it (load 5.4
 * rising to 8.8): 511.5 s wall (1,955 claims/s), 289.8 CPU s (3,451 per CPU-second), main thread
 * 163.1 s (time-ordered pass 111.9, second pass 42.2), the writer writing 191.0 s of wall with the main
 * thread waiting 17.2 s, peak RSS 1,451 MB, same digests: wall 1.40×, CPU 1.25×, the main thread's
 * time-ordered pass 1.36× less. On an idle machine that pass would take about the main thread's 82 s
 * (the writer's 59 s beside it), the run about 82 + 39 + 9 (the last index build) ≈ 130 s against
 * about 165 s before: 50 s for a million stays far.
 * As the load fell, at a million one after the other: this branch 158.2 s wall (6,321 claims/s; load
 * 2.4 → 2.1), 214.2 CPU s, main thread 120.9 (71.6 + 42.1), the writer 53.8 CPU s, writing 68.2 s of
 * wall while the main thread waited 15.0 s for it; the base 186.6 s (5,359/s; load 1.8–2.5), 265.4
 * CPU s, main thread 148.1 (105.0 + 35.5), waiting 9.9 s. The main thread waiting for the writer in
 * bursts (a move of the pending index rows, the window's last days), four transactions in flight
 * instead of two (backlog-writer.ts `MAX_QUEUED`): 133.1 s wall (7,513 claims/s; load 1.4–1.7), 193.9
 * CPU s (5,157 per CPU-second), main thread 105.7 (67.6 + 30.9), the writer 52.7 CPU s, waiting 5.6
 * s, peak RSS 1,428 MB by the bench (3.76 GB by /usr/bin/time: the digest check), store 4,324 MB;
 * the base right after it (load 1.2–1.7): 176.3 s wall (5,672 claims/s), 242.5 CPU s (4,124), main
 * thread 135.7 (90.9 + 36.7), waiting 11.4 s, peak RSS 1,472 MB. Digests 51519700… and d2661828…
 * throughout. Wall 1.32× (133 s for a million, 7,500 claims/s), CPU 1.25×, main thread 1.28×; still
 * about 2.7× from 50 s, and the main thread alone (106 s) is twice that.
 * Tried and not kept: the claim and incident bodies bound as their UTF-8 bytes straight from the
 * shared buffer on SQLite (`cast(? as text)` in the inserts: the same stored text, no JavaScript
 * string made on the writer): two pairs at 100,000 (load 7–10), the writer thread's CPU 6.04, 6.40 →
 * 6.51, 6.24 s, no gain for a second insert shape (peak RSS 824, 870 → 752, 808 MB); V8's young
 * generation of 64 MB for the main thread (`--max-semi-space-size=64`, two pairs at load 5–7: time-
 * ordered pass 9.07, 9.42 → 8.88, 9.52 CPU s). Why a copy costs what it does: 36 MB of strings took
 * about 100 ms to post, to join or to encode into fresh memory alike (the cost is the fresh pages),
 * 6–10 ms to write into a buffer already touched, and about 250 ms to make into strings again on the
 * other side whatever the encoding (the allocation): the copy moved to the writer, which had room.
 * Where the main thread's time goes now (profile, 100,000 claims): garbage collection about a fifth
 * (the window's claims promoted while their days stay open), packing the rows (claim and incident
 * JSON, index and map rows, writing their strings) a fifth, clustering an eighth, building incidents
 * a tenth, the input (synthetic reports and their preparation) a twelfth, the second pass's reads a
 * tenth. Next: the second pass (39 s of the main thread at a million) read on two threads (its
 * batches are decided independently against the dated incidents), and fewer objects per claim.
 * The undated claims' batches decided on two threads (2026-12-07, branch undated2). Checked first: a
 * batch reads only dated index rows and dated claims' incidents; the pass writes its lone claims as
 * new incidents (no search reads an undated claim) and keeps the joins for its second step, so no
 * batch changes what a later one reads. A reader thread (backlog-undated-reader.ts) with its own
 * connection decides whole batches (`decideBatch`: searches, incident rows, rule 3; the actor registry
 * is its only dep) while the main thread decides others; the main thread takes the decisions in the
 * batches' order, so the same writes in the same order. It starts with the index build before the
 * second pass, and only for 10 batches or more (`readerMinBatches`): at 100,000 claims (3 batches)
 * it made the pass slower, two pairs alternated, with → without (`--no-reader`, main's code; load
 * 2.2–2.7): undated pass 4.25, 4.66 → 2.89, 2.95 s wall, wall 19.2, 19.7 → 14.8, 15.8 s, CPU 27.8,
 * 28.6 → 21.8, 22.9 s, main thread 12.2, 12.6 → 10.4, 11.0 s (cold caches and JIT on the thread,
 * its start-up). At a million, one after the other (load 1.6–2.5), reader → without: wall 128.7 →
 * 144.8 s (7,769 → 6,904 claims/s), CPU 196.3 → 205.3 s, main thread 94.7 → 116.0 s, its second pass
 * 21.6 → 39.2 CPU s, the undated pass 34.0 → 45.5 s of wall (the reader decided 12 of 26 batches,
 * 14.8 CPU s), peak RSS 1,958 → 1,546 MB by the bench (the thread's heap and the batches in flight).
 * Digests 5fdf1f35…/f6d04867… (20,000), 5936d452…/6dab6339… (100,000), 51519700…/d2661828…
 * (a million, both ways); `--single-thread` stays the reference (no writer, no reader).
 * The writer thread and the store (2026-12-07, branch rswrite; 2 cores shared, load 3–10, so figures
 * of one run vary by ±25 %: compared on captured transactions replayed alone, several rounds). Where
 * the CPU goes at 100,000 claims, per thread (/proc): the main thread about 25 s with start-up and the
 * digest check, the writer 9.6 (2.3 of it in the kernel: WAL frames and checkpoints), V8's four
 * platform threads (garbage collection, compilation) 8.4, the undated pass's writer 1.0. The writer's
 * profile: SQLite's statements two thirds (inserts 4.9 s, commits 3.5 s, moves of the pending index
 * rows 1.1 s), unpacking the rows a quarter, its garbage collection a tenth. Bytes, a 20,000-claim
 * store: incident_claims 46 % (a claim body 1,218 bytes on average, its explanation 289), incidents
 * 26 % (a compact body 1,274), claim_cells 11 %, the other indexes the rest; nothing is stored twice
 * across tables since migration 017 (what repeats is inside a body: the claim's place as resolved and
 * as extracted, a source's name in every claim, the grade's reasons). Kept: a table's strings packed
 * 64 K units at a time and cut out of one decoded text on the writer (unpacking a quarter less),
 * insert parameters read by name through a function made per column list (a third to a quarter of
 * their former cost), the deferred indexes built through a memory map (the nine a quarter less).
 * Measured and not kept: a larger WAL before checkpoints (16,384 or 100,000 pages: the writer no
 * cheaper, the checkpoint moved into the undated pass and the WAL left at 900 MB); a 256 MB page cache;
 * a table's text as Latin-1 or UTF-16LE pieces instead of UTF-8 (no faster: the scan for wide
 * characters cost what the copy saved; the explanations hold "…", so the claims' text is wide);
 * `--single-threaded-gc` and `--v8-pool-size=1` (no difference at load 8–10).
 * The main thread's own work in the time-ordered pass (2026-12-07, branch rsmain; profiles of this
 * bench and of the pass without a store): the windowed driver's cluster builder keeps only its per-day
 * index (its day incidents hold day claims of one day until finished: no place index kept and pruned
 * per claim; a window claim looks through the days of its window), grid cells keyed there by number,
 * rules 1 and 2a pick their best candidates in one pass (no closures, sorted lists, or full comparisons
 * of pairs a cheap hard rule blocks), explanations without spreads, incidents of one source graded
 * without grouping, incident ids hashed in one call, claims prepared without closures or sets, and the
 * window's claims written as they were prepared (not copied without their working fields). Same
 * incidents: digests 5fdf1f35…/f6d04867… (20,000, also `--single-thread`), 5936d452…/6dab6339…
 * (100,000), 51519700…/d2661828… (a million); `npm run eval:resolve` unchanged. Against main (df9055f):
 * - 100,000, side by side (load 6–9, other helpers' work on both cores): main thread 18.5 → 16.8 and
 *   17.7 → 15.9 CPU s, its time-ordered pass 13.7 → 12.0 and 13.5 → 11.9; process 35.6 → 33.6 and
 *   33.1 → 30.7 CPU s (two pairs before the last change); with it (load 8–12): main thread 23.8 →
 *   21.6, its time-ordered pass 18.6 → 16.3, process 45.9 → 42.5 CPU s;
 * - 20,000, side by side (load 12–13): main thread 5.1 → 4.8 CPU s, its time-ordered pass 4.1 → 3.75;
 * - on a quiet machine (load 0.2–1.2, one after the other, merged with main at b057e97): 100,000 main
 *   thread 16.1 → 15.0 CPU s, its time-ordered pass 12.3 → 10.9, its second pass 3.1 → 3.3 (noise),
 *   process 31.6 → 29.9 CPU s, wall 22.4 → 20.9 s (4,473 → 4,774 claims/s); 20,000 main thread 3.9 →
 *   3.0 CPU s, wall 6.8 → 5.8 s (2,959 → 3,462 claims/s);
 * - a million, one after the other (load 4–8): main thread 187.8 → 159.3 CPU s, its time-ordered pass
 *   140.4 → 110.1, its second pass 36.9 → 38.4 (unchanged code; the store's searches); process 359.7 →
 *   324.6 CPU s (2,780 → 3,081 claims per CPU-second); wall 478.5 → 516.3 s (the load, not the run:
 *   the machine was shared throughout); peak RSS 1,966 → 1,856 MB.
 * What the main thread still spends (profile, 100,000 claims, its time-ordered and second passes):
 * packing the rows for the writer (claim and incident JSON, hashes, index and map rows, their strings
 * written into the shared buffer) about 27 %, garbage collection 15 %, SQLite's reads of the second
 * pass about 12 %, clustering about 8 %, building and grading incidents about 6 %, the input 4 %.
 * What crosses to the writer thread, and when it is built (2026-12-07, branch rsbody; 2 cores shared
 * with other helpers, load 4–11). Profiles at 100,000 claims: writing the shared text (Buffer.write)
 * was 7.5 % of the main thread's samples and decoding it (`toString("utf8")`) 16 % of the writer's.
 * Gathering a table's strings 64 K units at a time made each gathered string (two bytes a unit: the
 * explanations' "…") a large-object allocation, fresh pages per write: 27 M units of the rows so
 * gathered and flattened took 320 ms, 16 K units at a time 40 ms, written one by one about as much.
 * Kept: (1) the text as UTF-16, each string written on its own (change-rows.ts; the writer makes a
 * table's text one string by a copy of its code units, no decoding; a lone surrogate now crosses as it
 * is, as the single-thread path binds it), texts made 64 MB at once (grown from 16 MB they were copied
 * into fresh pages: half a second of the main thread); replayed on a 5,000-claim transaction of a
 * 20,000-claim store, pack 120–170 → 25–50 ms, unpack 155–175 → 60–160 ms; (2) a writer transaction's
 * incidents built and packed a thousand claims at a time (`partsOf`, `joinPackedChanges`; ids named
 * for the whole transaction first, one transaction and one audit event as before): the incidents of
 * 5,000 claims outlived several scavenges and were promoted (transactions of 1,000 claims, which cost
 * the writer more commits, had shown the main thread's pass 7.1, 6.8 → 6.2, 6.3 CPU s). Same digests:
 * 5fdf1f35…/f6d04867… (20,000, also `--single-thread`), 5936d452…/6dab6339… (100,000) in every run;
 * `npm run eval:resolve` unchanged. Against main (b8f699b), `--bulk --claims 100000`, nine pairs
 * alternated (/usr/bin/time and the bench's figures; (1) alone in the first two): process CPU 23.8,
 * 22.7, 23.8, 24.2, 24.6, 29.2, 26.2, 24.4, 27.1 → 21.9, 20.1, 22.9, 20.9, 28.3, 27.8, 23.3, 23.7,
 * 23.6 s (mean 25.1 → 23.6, −6 %); main thread 12.3 → 11.2 s mean (−9 %), its time-ordered pass 9.1 →
 * 8.0 (−12 %); the four pairs at load 4–7 alone: main thread 11.6, 10.9, 11.4, 11.8 → 10.2, 9.2, 10.8,
 * 9.7 s; peak RSS 0.94–1.10 GB both ways (/usr/bin/time; UTF-16 doubles the shared texts). 20,000,
 * three pairs at load 9–11: main thread 3.5, 3.2, 3.1 → 3.7, 2.7, 2.6 s, process 8.8, 8.4, 8.1 → 9.1,
 * 7.5, 7.3 s. Measured and not kept: a table's rows read through `valueReader` (bulk-insert.ts) when
 * packed (pack median 30 → 26 ms, within the noise at load 5–10); a claim body serialised whole and
 * cut after its ids (20 % slower than the object rest it replaces).
 * The main thread's time after (1) (profile, 100,000 claims): packing the rows a quarter
 * (JSON.stringify of claim and incident bodies about a tenth, writing the shared text 6 %), garbage
 * collection a fifth (the window's claims, promoted while their days stay open), clustering a sixth,
 * the second pass's reads and the index builds an eighth, building incidents 8 %, the input
 * (synthetic reports) 6 %. Not done: index rows kept in memory instead of claim_cells_pending (the
 * writer's time, not the main thread's, and a rebuild after a crash to test) and a compact claim body
 * (its repeated place and source rebuilt on every read).
 * At a million (`--bulk --claims 1000000`), this branch, then main (b8f699b) right after it: 325.4 →
 * (main) 397.7 s wall (3,073 against 2,514 claims/s; load 9.7 falling to 6.8, then 3.4 rising to
 * 6.9), 221.0 against 249.8 CPU s (4,525 against 4,004 per CPU-second; by /usr/bin/time, with
 * start-up and the digest check, 322.6 against 351.5), main thread 97.9 against 116.2 CPU s (time-
 * ordered pass 66.1 against 85.6, second pass 24.3 against 23.1, the last index build 7.6 and 7.5),
 * the writer 61.6 against 71.4 CPU s, the main thread waiting for it 12.0 and 9.7 s; peak RSS 2,385
 * against 2,126 MB by the bench (3.9 GB both by /usr/bin/time: the digest check), store 4,330 and
 * 4,324 MB; digests 51519700… and d2661828… both. 20,000 claims per second (50 s for a million) is
 * still far: the main thread alone took 98 CPU s.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../src/config/config.js";
import { openRuntime } from "../src/services/runtime.js";
import { resolveDeps, resolvePrepared, type PreparedReport } from "../src/services/resolve-service.js";
import { resolveBacklog, type BacklogSummary } from "../src/services/backlog-resolve.js";
import {
  preparedSyntheticReport,
  syntheticReports,
  type SyntheticReport,
} from "../test/fixtures/resolve/synthetic-claims.js";
import { resolutionDigests } from "../test/support/resolution-digest.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const TOTAL = arg("--claims", 1_000_000);
const BATCH = arg("--batch", 2000);
// Days the claims are spread over: with fewer claims and proportionally fewer days, a short run keeps
// the crowding (claims per place and day) of the full million.
const DAYS = arg("--days", Math.max(1, Math.round((TOTAL / 1_000_000) * 1100)));
/**
 * `--places`: places the claims are spread over (2,000 by default). With `--claims 100000 --places 200
 * --days 1100` each place has the history (claims per place) and the crowding (claims per place and
 * day) of the default million: a tenth of the run with the million's per-place costs (the undated
 * claims' searches and decisions).
 */
const PLACES = arg("--places", 2000);
/** `--steps`: CPU time of each step of a batch, by quarter of the run (what slows as the store grows). */
const STEPS = process.argv.includes("--steps");
/** `--bulk`: the bulk path for backlogs (backlog-resolve.ts) instead of batches through the incremental one. */
const BULK = process.argv.includes("--bulk");
/** `--lag`: the bulk path's days before the latest day told that still take claims in time order. */
const LAG = arg("--lag", 10);
/** `--tx-claims`: the bulk path's claims of finished incidents per transaction. */
const TX_CLAIMS = arg("--tx-claims", 5_000);
/** `--lookup-batch`: the bulk path's claims per transaction of its second pass (late and undated claims). */
const LOOKUP_BATCH = arg("--lookup-batch", 2_000);
/** `--single-thread`: the bulk path writes in the main thread, without its writer thread. */
const SINGLE_THREAD = process.argv.includes("--single-thread");
/** `--no-reader`: the undated claims' pass decides every batch on the main thread (no reader thread). */
const NO_READER = process.argv.includes("--no-reader");

/**
 * CPU seconds of the main thread alone (Linux: its /proc task entry, in clock ticks of 1/100 s), null
 * elsewhere. With the bulk path's writer thread, the process's CPU is both threads'; the main thread's
 * is the wall time the run would take on an idle machine if the writer never held it up.
 */
function mainThreadCpu(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** CPU milliseconds of this process since `from`. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};

/**
 * Wraps the incident store's transactions so that each transaction method's CPU time is added to
 * `steps`; "stage & working set" is the rest of the work inside the transaction, "commit" what
 * follows it.
 */
function timeSteps(runtime: Awaited<ReturnType<typeof openRuntime>>, steps: Map<string, number>) {
  const add = (name: string, ms: number) => steps.set(name, (steps.get(name) ?? 0) + ms);
  const store = runtime.store.incidents;
  const transact = store.transact.bind(store);
  store.transact = (async (work: Parameters<typeof transact>[0]) => {
    let inside = 0;
    let workEnd: NodeJS.CpuUsage | null = null;
    const start = process.cpuUsage();
    const result = await transact(async (tx) => {
      const begun = process.cpuUsage();
      add("begin", cpuMs(start));
      const timed = new Proxy(tx, {
        get(target, name, receiver) {
          const value = Reflect.get(target, name, receiver) as unknown;
          if (typeof value !== "function") return value;
          return async (...args: unknown[]) => {
            const t = process.cpuUsage();
            try {
              return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
            } finally {
              const ms = cpuMs(t);
              inside += ms;
              add(`tx.${String(name)}`, ms);
            }
          };
        },
      });
      const out = await work(timed);
      add("stage & working set (JS)", cpuMs(begun) - inside);
      workEnd = process.cpuUsage();
      return out;
    });
    if (workEnd) add("commit", cpuMs(workEnd));
    return result;
  }) as typeof store.transact;
}

async function main() {
  // The writer thread runs the built code (dist/): bring it up to date with the sources first.
  if (BULK && !SINGLE_THREAD)
    execFileSync(process.execPath, [
      fileURLToPath(new URL("../scripts/build-ts.mjs", import.meta.url)),
      "--quiet",
    ]);
  const dir = mkdtempSync(path.join(os.tmpdir(), "r2p-bench-resolve-"));
  const runtime = await openRuntime(loadConfig({ dataDir: dir }, {}));
  // An interrupted run leaves no store behind either.
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(130);
    });
  let peakRss = 0;
  const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  try {
    const deps = await resolveDeps(runtime);
    const steps = new Map<string, number>();
    const stepQuarters: Map<string, number>[] = [];
    if (STEPS) timeSteps(runtime, steps);
    const baseRss = process.memoryUsage().rss;
    const loadAtStart = os.loadavg();
    const cpuStart = process.cpuUsage();
    const mainCpuStart = mainThreadCpu();
    const started = performance.now();
    let claims = 0;
    let reportsDone = 0;
    let batch: PreparedReport[] = [];
    let lastPrint = started;
    const quarters: number[] = [];
    let quarter = 0;
    let quarterClaims = 0;
    let quarterCpu = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      await resolvePrepared(runtime, batch, deps, "bench");
      reportsDone += batch.length;
      batch = [];
      // CPU per claim by quarter of the run: how resolving slows as the store grows.
      while (quarter < 4 && claims >= (TOTAL * (quarter + 1)) / 4) {
        const cpuNow = process.cpuUsage(cpuStart);
        const cpuAt = (cpuNow.user + cpuNow.system) / 1e6;
        quarters.push(Math.round((claims - quarterClaims) / (cpuAt - quarterCpu)));
        quarterClaims = claims;
        quarterCpu = cpuAt;
        quarter++;
        stepQuarters.push(new Map(steps));
        steps.clear();
      }
      // better-sqlite3 answers synchronously, so without this the run is one chain of promises that
      // never lets the event loop turn: a Ctrl-C (the handler above) and the RSS sampler would wait for
      // the end of the run.
      await new Promise((resolve) => setImmediate(resolve));
    };
    const prepare = (report: SyntheticReport) => preparedSyntheticReport(report, deps);
    const progress = () => {
      const now = performance.now();
      if (now - lastPrint > 10_000) {
        lastPrint = now;
        console.error(
          `  ${claims.toLocaleString("en")} claims, ${Math.round(claims / ((now - started) / 1000)).toLocaleString("en")} claims/s, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
        );
      }
    };
    let bulkSummary: BacklogSummary | null = null;
    if (BULK) {
      // Claims in time order through the bulk path; the event loop turns now and then (as above).
      async function* prepared(): AsyncGenerator<PreparedReport> {
        for (const report of syntheticReports(TOTAL, DAYS, PLACES)) {
          claims += report.claims.length;
          reportsDone++;
          yield prepare(report);
          if (reportsDone % 1000 === 0) {
            progress();
            await new Promise((resolve) => setImmediate(resolve));
          }
        }
      }
      // One column for the whole run: the bulk path writes in its own rhythm, not by quarter.
      bulkSummary = await resolveBacklog(runtime, prepared(), deps, "bench", {
        lagDays: LAG,
        transactionClaims: TX_CLAIMS,
        lookupBatch: LOOKUP_BATCH,
        writerThread: !SINGLE_THREAD,
        readerThread: !SINGLE_THREAD && !NO_READER,
      });
      stepQuarters.push(new Map(steps));
    }
    for (const report of BULK ? [] : syntheticReports(TOTAL, DAYS, PLACES)) {
      batch.push(prepare(report));
      claims += report.claims.length;
      if (batch.length >= BATCH) await flush();
      progress();
    }
    await flush();
    const seconds = (performance.now() - started) / 1000;
    const mainCpuEnd = mainThreadCpu();
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const incidents = await runtime.store.incidents.count();
    const stored = await runtime.store.incidents.countClaims();
    const multi = await runtime.store.incidents.count();
    const file = path.join(dir, "r2p.sqlite");
    const size = statSync(file).size + (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0);
    console.log(
      "| backend | claims | reports | batch (reports) | wall s | claims/s (wall) | CPU s | claims per CPU-second | incidents | RSS before | peak RSS | store size |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
    console.log(
      `| sqlite | ${stored.toLocaleString("en")} | ${reportsDone.toLocaleString("en")} | ${BULK ? `bulk, lag ${LAG} days${SINGLE_THREAD ? ", single thread" : ", writer thread"}` : BATCH} | ${seconds.toFixed(1)} | ${Math.round(claims / seconds).toLocaleString("en")} | ${cpuSeconds.toFixed(1)} | ${Math.round(claims / cpuSeconds).toLocaleString("en")} | ${incidents.toLocaleString("en")} | ${(baseRss / 1e6).toFixed(0)} MB | ${(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1e6).toFixed(0)} MB | ${(size / 1e6).toFixed(0)} MB |`,
    );
    console.log(
      `claims per CPU-second by quarter of the run: ${quarters.map((q) => q.toLocaleString("en")).join(", ")}`,
    );
    if (mainCpuStart !== null && mainCpuEnd !== null)
      console.log(`CPU s of the main thread alone: ${(mainCpuEnd - mainCpuStart).toFixed(1)}`);
    const loads = (values: number[]) => values.map((l) => l.toFixed(1)).join(", ");
    // Other processes share the cores: CPU seconds are this process's own, the load average says how
    // contended the wall clock was.
    console.log(
      `load average (1, 5, 15 min) at start: ${loads(loadAtStart)}; at end: ${loads(os.loadavg())}; ${os.cpus().length} cores`,
    );
    void multi;
    if (bulkSummary) console.log(`bulk path: ${JSON.stringify(bulkSummary)}`);
    if (STEPS) {
      console.log(
        `CPU ms per 1,000 claims, by step${BULK ? " (transactions only: the bulk path clusters outside them)" : " and quarter of the run"}:`,
      );
      const names = [...new Set(stepQuarters.flatMap((q) => [...q.keys()]))];
      const perThousand = (ms: number | undefined) =>
        (((ms ?? 0) * 1000 * stepQuarters.length) / TOTAL).toFixed(0);
      for (const name of names)
        console.log(
          `  ${name.padEnd(28)} ${stepQuarters.map((q) => perThousand(q.get(name)).padStart(6)).join(" ")}`,
        );
    }
  } finally {
    clearInterval(sample);
    await runtime.close();
    const digests = resolutionDigests(path.join(dir, "r2p.sqlite"));
    console.log(`digest of the incidents and their claims: ${digests.withIds}`);
    console.log(`canonical digest (incidents named by their first claim): ${digests.canonical}`);
    if (!process.env.R2P_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
    else console.log(`kept ${dir}`);
  }
}

await main();
