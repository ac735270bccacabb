// The Covenant policy language. Only AstBuilder may touch the generated *Context types.
grammar Covenant;

policyFile
    : header declaration* EOF
    ;

header
    : POLICY name=STRING (VERSION version=NUMBER)?
    ;

declaration
    : BORROWER IS path                                                  # borrowerDecl
    | TIMEZONE zone=STRING                                              # timezoneDecl
    | LET name=IDENT ASSIGN expression                                  # letDecl
    | FINANCE LBRACE financeRule* financeOtherwise? RBRACE              # financeBlock
    | VALIDATE LBRACE validateRule* validateOtherwise? RBRACE           # validateBlock
    | ALLOCATE BY sortKey (COMMA sortKey)*                              # allocateDecl
    | RESERVE expression                                                # reserveDecl
    | TEST name=STRING LBRACE testStatement* RBRACE                     # testDecl
    ;

financeRule
    : RULE name=STRING WHEN expression THEN financeAction
    ;

financeOtherwise
    : OTHERWISE financeAction
    ;

financeAction
    : FINANCE amount=expression financeOption*                          # financeAct
    | SKIP_ reason=STRING?                                              # skipAct
    | REVIEW reason=STRING?                                             # reviewAct
    ;

financeOption
    : PAY ON expression                                                 # payOn
    | REPAY ON expression                                               # repayOn
    | AUTO_VALIDATE (WHEN expression)?                                  # autoValidate
    ;

validateRule
    : RULE name=STRING WHEN expression THEN validateAction
    ;

validateOtherwise
    : OTHERWISE validateAction
    ;

validateAction
    : kind=(VALIDATE | CANCEL | HOLD) reason=STRING?
    ;

sortKey
    : expression direction=(ASCENDING | DESCENDING)?
    ;

testStatement
    : GIVEN TODAY expression                                            # givenToday
    | GIVEN root=word record                                           # givenRecord
    | EXPECT outcome=(FINANCE | SKIP_ | REVIEW | VALIDATE | CANCEL | HOLD)
        amount=expression? (BY rule=STRING)? autoValidateExpectation?   # expectation
    ;

autoValidateExpectation
    : NOT? AUTO_VALIDATE
    ;

record
    : LBRACE (recordEntry (COMMA recordEntry)* COMMA?)? RBRACE
    ;

recordEntry
    : key=word COLON (record | expression)
    ;

// One left-recursive rule, alternatives from the tightest binding to the loosest: ANTLR turns
// it into precedence climbing, so a literal costs two parse-tree nodes instead of one per level.
expression
    : primary                                                           # primaryExpression
    | MINUS expression                                                  # negate
    | left=expression OF right=expression                               # of
    | left=expression op=(PLUS | MINUS) right=expression                # arithmetic
    | left=expression op=(LT | LE | GT | GE | EQ | NE) right=expression # compare
    | left=expression NOT? IN right=expression                          # membership
    | left=expression IS (MISSING | PRESENT)                            # presence
    | left=expression (STARTS WITH | ENDS WITH | CONTAINS) right=expression # textTest
    | NOT expression                                                    # negation
    | left=expression AND right=expression                              # and
    | left=expression OR right=expression                               # or
    ;

primary
    : NUMBER currency=IDENT                                             # moneyLiteral
    | NUMBER (DAY | DAYS)                                               # durationLiteral
    | NUMBER PERCENT                                                    # percentLiteral
    | NUMBER                                                            # numberLiteral
    | STRING                                                            # textLiteral
    | DATE                                                              # dateLiteral
    | (TRUE | FALSE)                                                    # booleanLiteral
    | TODAY                                                             # todayRef
    | LBRACK (expression (COMMA expression)* COMMA?)? RBRACK            # listLiteral
    | function=IDENT LPAREN (expression (COMMA expression)*)? RPAREN    # call
    | path                                                              # reference
    | LPAREN expression RPAREN                                          # parenthesised
    ;

path
    : root=(IDENT | BORROWER) (DOT word)*
    ;

// After a dot, keywords are ordinary names: metadata keys and field names may be any word.
word
    : IDENT | POLICY | VERSION | BORROWER | IS | TIMEZONE | LET | FINANCE | VALIDATE
    | ALLOCATE | BY | RESERVE | TEST | RULE | WHEN | THEN | OTHERWISE | SKIP_ | REVIEW
    | PAY | REPAY | ON | AUTO_VALIDATE | CANCEL | HOLD | ASCENDING | DESCENDING | GIVEN
    | EXPECT | AND | OR | NOT | IN | MISSING | PRESENT | STARTS | ENDS | WITH | CONTAINS
    | OF | DAY | DAYS | TRUE | FALSE | TODAY
    ;

POLICY        : 'policy';
VERSION       : 'version';
BORROWER      : 'borrower';
IS            : 'is';
TIMEZONE      : 'timezone';
LET           : 'let';
FINANCE       : 'finance';
VALIDATE      : 'validate';
ALLOCATE      : 'allocate';
BY            : 'by';
RESERVE       : 'reserve';
TEST          : 'test';
RULE          : 'rule';
WHEN          : 'when';
THEN          : 'then';
OTHERWISE     : 'otherwise';
SKIP_         : 'skip';
REVIEW        : 'review';
PAY           : 'pay';
REPAY         : 'repay';
ON            : 'on';
AUTO_VALIDATE : 'auto_validate';
CANCEL        : 'cancel';
HOLD          : 'hold';
ASCENDING     : 'ascending';
DESCENDING    : 'descending';
GIVEN         : 'given';
EXPECT        : 'expect';
AND           : 'and';
OR            : 'or';
NOT           : 'not';
IN            : 'in';
MISSING       : 'missing';
PRESENT       : 'present';
STARTS        : 'starts';
ENDS          : 'ends';
WITH          : 'with';
CONTAINS      : 'contains';
OF            : 'of';
DAY           : 'day';
DAYS          : 'days';
TRUE          : 'true';
FALSE         : 'false';
TODAY         : 'today';

LE       : '<=';
GE       : '>=';
NE       : '!=';
EQ       : '==';
LT       : '<';
GT       : '>';
ASSIGN   : '=';
PLUS     : '+';
MINUS    : '-';
PERCENT  : '%';
LBRACE   : '{';
RBRACE   : '}';
LBRACK   : '[';
RBRACK   : ']';
LPAREN   : '(';
RPAREN   : ')';
COMMA    : ',';
COLON    : ':';
DOT      : '.';

DATE     : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
NUMBER   : DIGIT ('_'? DIGIT)* ('.' DIGIT ('_'? DIGIT)*)?;
STRING   : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
IDENT    : [a-zA-Z_] [a-zA-Z_0-9]*;

COMMENT  : '#' ~[\r\n]* -> channel(HIDDEN);
WS       : [ \t\r\n\f]+ -> channel(HIDDEN);

// Anything else becomes one token so that the parser, not the lexer, reports it once.
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'?;
UNEXPECTED : .;

fragment DIGIT : [0-9];
