# The MCMC peers of `concord ideal` on one General Assembly session, the same votes Concord fits
# (bench/ideal_peers.sh writes them with the benchmark program's ideal-session mode).
#   pscl::ideal            binary item-response model (yes 1, no 0, abstain missing), Jackman's Gibbs sampler
#   MCMCpack::MCMCordfactanal  ordinal (yes < abstain < no) one-factor model: the same static model Concord fits per year
# Usage: Rscript bench/ideal_peers.R votes.csv concord-positions.csv
# Prints one line per peer: seconds, settings, and Pearson's r of its positions with Concord's.
args <- commandArgs(trailingOnly = TRUE)
votes <- read.csv(args[1], stringsAsFactors = FALSE, na.strings = "")
concord <- read.csv(args[2], stringsAsFactors = FALSE)
m <- as.matrix(votes[, -1])
rownames(m) <- votes$state
cat(sprintf("votes: %d states x %d roll calls, %d votes cast\n", nrow(m), ncol(m), sum(!is.na(m))))
ref <- concord$concord[match(rownames(m), concord$state)]

suppressPackageStartupMessages(library(pscl))
binary <- ifelse(m == 1, 1, ifelse(m == 3, 0, NA))
rc <- rollcall(binary, yea = 1, nay = 0, missing = NA, legis.names = rownames(m))
set.seed(1)
t <- system.time(invisible(capture.output(fit <- ideal(rc, d = 1, maxiter = 10000, burnin = 5000, thin = 100, normalize = TRUE, verbose = FALSE))))[["elapsed"]]
x <- fit$xbar[, 1]
cat(sprintf("pscl::ideal: %.2f s (maxiter 10000, burnin 5000, thin 100: the package defaults); |r| with Concord %.4f\n", t, abs(cor(x, ref, use = "complete.obs"))))

if (requireNamespace("MCMCpack", quietly = TRUE)) {
  suppressPackageStartupMessages(library(MCMCpack))
  # Items need two or more categories among the voters; MCMCordfactanal takes items as columns of factors.
  keep <- apply(m, 2, function(v) length(unique(na.omit(v))) >= 2)
  df <- as.data.frame(lapply(as.data.frame(m[, keep]), function(v) factor(v, levels = sort(unique(na.omit(v))), ordered = TRUE)))
  set.seed(1)
  t2 <- system.time(invisible(capture.output(o <- MCMCordfactanal(~ ., data = df, factors = 1, lambda.constraints = list(), burnin = 1000,
                                                                   mcmc = 10000, thin = 10, store.scores = TRUE, verbose = 0))))[["elapsed"]]
  phi <- suppressWarnings(summary(o))$statistics
  scores <- phi[grepl("^phi\\.", rownames(phi)) & grepl("\\.2$", rownames(phi)), "Mean"]
  cat(sprintf("MCMCpack::MCMCordfactanal: %.2f s (burnin 1000, mcmc 10000, thin 10); |r| with Concord %.4f\n", t2, abs(cor(scores, ref, use = "complete.obs"))))
} else {
  cat("MCMCpack not installed (apt-get install -y r-cran-mcmcpack): skipped\n")
}
