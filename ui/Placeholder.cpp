// planea_ui is filled by the desktop-application work.
namespace planea::ui {
int placeholder()
{
    return 0;
}
} // namespace planea::ui
