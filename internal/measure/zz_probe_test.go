package measure
import ("testing";"fmt")
func TestZZProbe(t *testing.T){
 for _, s := range []string{"Uptake in Kent, 2022/23 to 2023/24 (England: 89%)","Thurrock","Hastings","Medway","Dartford","East Sussex","Kent average", "Surrey", "Table 6: MMR1 uptake at 24 months, Kent compared with England (89%)"} {
  fmt.Printf("%q places=%v ctx=%q area=%v title=%q\n", s, findPlaces(s), contextPlace(s), areaCell(s), titleMeasure(s))
 }
}
