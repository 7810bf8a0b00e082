import Foundation
import Testing
import ZIPFoundation

@testable import ChineseText

@Suite struct DocumentFormatTests {
    let reader = try! ReportReader()

    @Test func htmlKeepsParagraphsAndDropsScriptsStylesAndNavigation() throws {
        let html = """
            <!DOCTYPE html><html><head><title>x</title><style>p{color:red}</style><script>var a="市委";</script></head>
            <body><nav>首页 新闻</nav><h1>某县召开推进会</h1><p>5月6日,某县召开推进会&nbsp;。</p><p>会议要求&lt;加强&gt;落实。</p></body></html>
            """
        let report = try reader.read(bytes: Array(html.utf8), filename: "report.html")
        #expect(report.title == "某县召开推进会")
        #expect(report.paragraphs.contains("5月6日，某县召开推进会。"))
        #expect(report.paragraphs.contains("会议要求<加强>落实。"))
        #expect(!report.paragraphs.joined().contains("var a"))
        #expect(!report.paragraphs.joined().contains("首页 新闻"))
    }

    @Test func docxParagraphs() throws {
        let archive = try Archive(accessMode: .create)
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>\
            <w:p><w:r><w:t>某县召开</w:t></w:r><w:r><w:t xml:space="preserve">推进会</w:t></w:r></w:p>\
            <w:p><w:r><w:t>5月6日,某县召开推进会。</w:t></w:r></w:p></w:body></w:document>
            """
        let data = Data(xml.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count)) {
            position, size in
            data.subdata(in: Int(position)..<(Int(position) + size))
        }
        let bytes = [UInt8](try #require(archive.data))
        let report = try reader.read(bytes: bytes, filename: "report.docx")
        #expect(report.title == "某县召开推进会")
        #expect(report.paragraphs == ["5月6日，某县召开推进会。"])
        #expect(throws: DecodingError.self) {
            try reader.read(bytes: [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], filename: "x.docx")
        }
    }
}
