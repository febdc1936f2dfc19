declare module 'petrovich' {
  type Person = { first?: string; middle?: string; last?: string; gender: 'male' | 'female' | 'androgynous' };
  type Case = 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  function petrovich(person: Person, gcase: Case): Person;
  export default petrovich;
}
