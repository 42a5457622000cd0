-- wrk script: the same authenticated GET again and again; prints the median and p95 latency.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("API_KEY")

function done(summary, latency, requests)
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.timeout
  io.write(string.format("p50 %.3f\np95 %.3f\nrequests %d\nerrors %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.requests, bad))
end
