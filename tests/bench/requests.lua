-- wrk's script for the bench (tests/bench/load.py): each thread sends, in turn and over and over, its share of
-- the requests the bench wrote to a file, and the summary is printed as one line of JSON at the end.
-- Each line of the file: method, path, body, then header names and values, separated by tabs.

local threads = 0

function setup(thread)
  thread:set("thread_number", threads)
  threads = threads + 1
end

local function fields(line)
  local found = {}
  for value in (line .. "\t"):gmatch("([^\t]*)\t") do
    table.insert(found, value)
  end
  return found
end

local prepared = {}
local next_one = 0

function init(args)
  local path, thread_count = args[1], tonumber(args[2])
  local number = 0
  for line in io.lines(path) do
    if number % thread_count == thread_number then
      local f = fields(line)
      local headers = {}
      for i = 4, #f - 1, 2 do
        headers[f[i]] = f[i + 1]
      end
      local body = f[3] ~= "" and f[3] or nil
      table.insert(prepared, wrk.format(f[1], f[2], headers, body))
    end
    number = number + 1
  end
end

function request()
  next_one = next_one % #prepared + 1
  return prepared[next_one]
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %.6f, "p50_ms": %.3f, "p95_ms": %.3f, "max_ms": %.3f, ' ..
    '"socket_errors": %d, "status_errors": %d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency.max / 1000, errors.connect + errors.read + errors.write + errors.timeout, errors.status))
end
