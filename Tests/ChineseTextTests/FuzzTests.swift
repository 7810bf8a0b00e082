import ChineseText
import ExtractFuzz
import Foundation
import Testing

/// Random and mutated inputs never crash the reader: each is read or refused with an error.
/// The test command runs a small count (`TONGXIN_FUZZ_COUNT`, default 300, plus the three
/// large inputs); `bench/extract.sh` runs 100,000.
@Suite struct FuzzTests {
    @Test func randomAndMutatedInputsAreReadOrRefusedCleanly() throws {
        let reader = try ReportReader()
        let count = ProcessInfo.processInfo.environment["TONGXIN_FUZZ_COUNT"].flatMap(Int.init) ?? 300
        let corpus = try Corpus.reports().map(\.bytes)
        var read = 0
        for input in FuzzInputs(count: count, seed: 42, corpus: corpus) {
            do {
                let report = try reader.read(bytes: input.bytes)
                // Whatever was read is well-formed: it encodes, and lists are numbered from 1.
                _ = try JSONEncoder().encode(report)
                #expect(report.requirements.allSatisfy { $0.ordinal >= 1 && $0.list >= 1 }, "\(input.label)")
                read += 1
            } catch is DecodingError {
                continue
            }
        }
        #expect(read > 0)
    }
}
