import Testing

@testable import Graph

/// `Token.initialize(_:copying:)` copies a token's bytes as plain data: right only while every
/// field is plain data (its word is the address of a String kept by `WordStore`). These tests
/// fail when a field of another kind is added, or when the copy differs from the token.
@Suite("Text: the token memo's plain copy of a token")
struct TokenCopyTests {
  @Test func everyFieldIsPlainData() throws {
    let tokens = Tokenizer.tokenize(text: "قصفت إسرائيل مواقع Hamas said")
    let token = try #require(tokens.first)
    // The kinds of field a token may hold, each plain data; a field of another kind fails here
    // until the copy is checked for it.
    let plain: [Any.Type] = [
      UInt16.self, UInt32.self, Int.self, Bool.self, TokenKind.self, TokenLex.self, WordRef.self,
    ]
    #expect(_isPOD(TokenLex.self) && _isPOD(TokenKind.self) && _isPOD(WordRef.self))
    #expect(_isPOD(Token.self))
    for child in Mirror(reflecting: token).children {
      let t = type(of: child.value)
      #expect(plain.contains { $0 == t }, "\(child.label ?? "?") is a \(t)")
    }
  }

  @Test func aCopiedTokenEqualsItsOriginal() throws {
    let tokens = Tokenizer.tokenize(text: "وقالت الحكومة السودانية إن Rwanda backed M23")
    for original in tokens {
      let copy = UnsafeMutablePointer<Token>.allocate(capacity: 1)
      defer {
        copy.deinitialize(count: 1)
        copy.deallocate()
      }
      withUnsafePointer(to: original) { Token.initialize(copy, copying: $0) }
      #expect(copy.pointee.norm == original.norm)
      #expect(copy.pointee.start == original.start && copy.pointee.end == original.end)
      #expect(copy.pointee.kind == original.kind && copy.pointee.lex == original.lex)
      // `normQuad` is the bit of the last four bytes of `norm` (plus one), 0 for fewer bytes.
      let quad = original.norm.withBytes { b -> UInt16 in
        guard b.count >= 4, let base = b.baseAddress else { return 0 }
        return UInt16(SurnameEndings.quadBit(base, b.count) + 1)
      }
      #expect(copy.pointee.normQuad == quad && original.normQuad == quad, "\(original.norm)")
    }
  }
}
