import ChineseText
import ExtractFuzz
import Foundation

// Measures the report reader (release build): see bench/extract.sh and docs/performance.md.
//   extract-bench throughput DIR [TRADITIONAL_FILE]     MB/s for Simplified and Traditional input (≥ 50 MB each);
//                                                       with a file, also `opencc -c t2s.json` over the same bytes
//   extract-bench linear DIR                            time for a 5 MB and a 10 MB input, and their ratio (median of 3)
//   extract-bench fuzz DIR COUNT [SEED]                 COUNT random and mutated inputs; must not crash

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(
        Data("usage: extract-bench throughput DIR OUT | linear DIR | fuzz DIR COUNT [SEED]\n".utf8))
    exit(2)
}
let directory = URL(fileURLWithPath: arguments[2])
let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
let corpus = try files.map { [UInt8](try Data(contentsOf: directory.appendingPathComponent($0))) }
let reader = try ReportReader()

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

switch arguments[1] {
case "throughput":
    // Three passes of >= 50 MB each; medians are reported (this machine's neighbours make
    // single passes vary by up to 30 %). On Traditional input each pass is paired with a run
    // of `opencc -c t2s.json` over the same bytes, so a slow spell hits both sides of a ratio.
    let target = 50 << 20
    let passes = 3
    let traditionalFile = arguments.count > 3 ? URL(fileURLWithPath: arguments[3]) : nil
    var groups: [String: [[UInt8]]] = [:]
    for bytes in corpus { groups[try reader.read(bytes: bytes).script, default: []].append(bytes) }
    for script in ["hans", "hant"] {
        guard let inputs = groups[script], !inputs.isEmpty else { continue }
        var repeated: [[UInt8]] = []
        var total = 0
        while total < target {
            for bytes in inputs {
                repeated.append(bytes)
                total += bytes.count
            }
        }
        if script == "hant", let traditionalFile { try Data(repeated.joined()).write(to: traditionalFile) }
        var rates: [Double] = []
        var openccRates: [Double] = []
        for _ in 0..<passes {
            let time = try seconds { for bytes in repeated { _ = try reader.read(bytes: bytes) } }
            rates.append(Double(total) / 1e6 / time)
            if script == "hant", let traditionalFile {
                let opencc = Process()
                opencc.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                opencc.arguments = ["opencc", "-c", "t2s.json", "-i", traditionalFile.path, "-o", "/dev/null"]
                let openccTime = try seconds {
                    try opencc.run()
                    opencc.waitUntilExit()
                }
                openccRates.append(Double(total) / 1e6 / openccTime)
            }
        }
        func list(_ values: [Double]) -> String { values.map { String(format: "%.2f", $0) }.joined(separator: ", ") }
        print(
            String(
                format: "%@ %.1f MB x %d passes (%@ MB/s): median %.2f MB/s", script, Double(total) / 1e6, passes,
                list(rates), rates.sorted()[passes / 2]))
        if !openccRates.isEmpty {
            let ratios = zip(rates, openccRates).map { $0 / $1 }
            print(
                String(
                    format: "opencc t2s alone, same bytes (%@ MB/s): median %.2f MB/s", list(openccRates),
                    openccRates.sorted()[passes / 2]))
            print(String(format: "reader/opencc per pass (%@): median %.2f", list(ratios), ratios.sorted()[passes / 2]))
        }
    }
case "linear":
    var text = ""
    while text.utf8.count < 10 << 20 {
        for bytes in corpus { text += String(decoding: bytes, as: UTF8.self) + "\n" }
    }
    // Cut by bytes; a character split at the cut decodes as U+FFFD, which is fine here.
    let ten = String(decoding: text.utf8.prefix(10 << 20), as: UTF8.self)
    let five = String(decoding: text.utf8.prefix(5 << 20), as: UTF8.self)
    _ = reader.read(text: String(five.prefix(100_000)))
    // Three pairs, interleaved so that a slow spell of the machine hits both sizes; the median ratio is reported.
    var ratios: [Double] = []
    for _ in 0..<3 {
        let timeFive = seconds { _ = reader.read(text: five) }
        let timeTen = seconds { _ = reader.read(text: ten) }
        ratios.append(timeTen / timeFive)
        print(
            String(
                format: "%.1f MB: %.2f s, %.1f MB: %.2f s, ratio %.2f", Double(five.utf8.count) / 1e6, timeFive,
                Double(ten.utf8.count) / 1e6, timeTen, timeTen / timeFive))
    }
    print(String(format: "linearity: median ratio %.2f", ratios.sorted()[1]))
case "fuzz":
    let count = Int(arguments.count > 3 ? arguments[3] : "100000") ?? 100_000
    let seed = UInt64(arguments.count > 4 ? arguments[4] : "20261121") ?? 20_261_121
    var read = 0
    var refused = 0
    let time = seconds {
        for input in FuzzInputs(count: count, seed: seed, corpus: corpus) {
            do {
                _ = try reader.read(bytes: input.bytes)
                read += 1
            } catch { refused += 1 }
        }
    }
    print(
        String(
            format: "fuzz: %d inputs (%d read, %d refused with an error) in %.1f s, no crash", count, read, refused,
            time))
default:
    FileHandle.standardError.write(Data("unknown mode \(arguments[1])\n".utf8))
    exit(2)
}
