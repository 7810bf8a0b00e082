import ChineseText
import Testing

@Suite struct ScriptConverterTests {
    let toTraditional = try! ScriptConverter(.simplifiedToTraditional)

    @Test func convertsCharactersAndKeepsMainlandTerms() {
        #expect(toTraditional.convert("工作台上的单位") == "工作臺上的單位")
        // Characters only: the Taiwan-phrase configuration would give 建立, 檔案, 支援 and 軟體.
        #expect(toTraditional.convert("创建文件，支持软件") == "創建文件，支持軟件")
    }

    @Test func leavesTextWithoutHanAlone() {
        #expect(toTraditional.convert("admin <b>42</b>") == "admin <b>42</b>")
        #expect(toTraditional.convert("") == "")
    }

    @Test func convertsTraditionalToSimplified() throws {
        let toSimplified = try ScriptConverter(.traditionalToSimplified)
        #expect(toSimplified.convert("領導小組辦公室") == "领导小组办公室")
    }

    @Test func htmlConversionKeepsPreservedRegions() {
        let start = HTMLScriptConversion.preserveStart
        let end = HTMLScriptConversion.preserveEnd
        let html = "<label>单位名称</label>\(start)<input value=\"统战部\">\(end)<p>说明</p>"
        let converted = HTMLScriptConversion.convert(html, using: toTraditional)
        #expect(converted == "<label>單位名稱</label>\(start)<input value=\"统战部\">\(end)<p>說明</p>")
    }

    @Test func htmlConversionWithUnclosedMarkerKeepsTheRest() {
        let html = "单位\(HTMLScriptConversion.preserveStart)统战部"
        let converted = HTMLScriptConversion.convert(html, using: toTraditional)
        #expect(converted == "單位\(HTMLScriptConversion.preserveStart)统战部")
    }
}
