import Foundation
import Testing

@testable import ChineseText

/// The same report in another encoding reads to the same result.
@Suite struct ReencodingTests {
    let reader = try! ReportReader()

    func json(_ report: MeetingReport) throws -> String {
        var report = report
        report.encoding = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    @Test func gb18030Big5AndUTF16GiveTheSameJSON() throws {
        let reports = try Corpus.reports()
        try #require(!reports.isEmpty, "the corpus is missing at \(Corpus.directory.path)")
        for (name, bytes) in reports {
            let original = try reader.read(bytes: bytes, filename: name)
            let text = String(decoding: bytes, as: UTF8.self)
            let legacy: TextEncoding = original.script == "hant" ? .big5 : .gb18030
            let legacyBytes = try #require(Iconv.encode(text, to: legacy), "\(name) cannot be written in \(legacy)")
            let fromLegacy = try reader.read(bytes: legacyBytes, filename: name)
            #expect(fromLegacy.encoding == legacy.rawValue, "\(name) detected as \(fromLegacy.encoding)")
            #expect(try json(fromLegacy) == json(original), "\(name) in \(legacy)")
            let utf16 = [0xFF, 0xFE] + (try #require(Iconv.encode(text, to: .utf16LE)))
            let fromUTF16 = try reader.read(bytes: utf16, filename: name)
            #expect(fromUTF16.encoding == "utf-16le")
            #expect(try json(fromUTF16) == json(original), "\(name) in UTF-16")
        }
    }

    @Test func anExplicitEncodingOverridesDetection() throws {
        let bytes = try #require(Iconv.encode("5月6日,市委召开会议。", to: .gb18030))
        #expect(try reader.read(bytes: bytes, encoding: .gb18030).paragraphs == ["5月6日，市委召开会议。"])
        #expect(throws: DecodingError.undecodable) { try reader.read(bytes: [0xFF, 0xFF, 0xFF], encoding: .utf8) }
    }

    @Test func binaryFilesAreRefusedByName() throws {
        #expect(throws: DecodingError.notText("PNG image")) {
            try reader.read(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        }
    }
}

@Suite struct DamagedInputTests {
    @Test func aTextCutInsideACharacterIsStillRead() throws {
        let bytes = Array("5月6日,某县召开推进会。会议要求加强领导。".utf8)
        let cut = Array(bytes[1..<(bytes.count - 1)])  // the last character loses a byte
        let report = try ReportReader().read(bytes: cut)
        #expect(report.encoding == "utf-8")
        #expect(report.paragraphs.joined().contains("\u{FFFD}"), "the lost character stays visible")
        #expect(report.paragraphs.joined().contains("某县召开推进会"))
    }
}

@Suite struct ScriptTests {
    @Test func traditionalReportsKeepTheirOriginalText() throws {
        let report = try ReportReader().read(text: "5月6日,某縣召開推進會,縣委書記甲某某出席會議並講話。")
        #expect(report.script == "hant")
        #expect(report.paragraphs == ["5月6日，某县召开推进会，县委书记甲某某出席会议并讲话。"])
        #expect(report.original?.contains("某縣召開推進會") == true)
        #expect(try ReportReader().read(text: "5月6日,某县召开推进会。").original == nil)
    }
}
